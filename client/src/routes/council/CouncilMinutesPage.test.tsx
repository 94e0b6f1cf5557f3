import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { CouncilMinutesPageDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { Component as CouncilMinutesPage } from './CouncilMinutesPage';

const member = (name: string, position: string | null, role: string, present: boolean) => ({ __typename: 'CouncilMember', name, position, role, present });
const line = (lineId: string, subjectName: string, agree: number, disagree: number, percent: number, result: string) => ({
  __typename: 'CouncilMinutesLine',
  lineId,
  dossierCode: 'HS-2024-000007',
  subjectName,
  awardName: 'Bằng khen của Chủ tịch UBND thành phố',
  agree,
  disagree,
  percent,
  result,
});
const minutes = {
  __typename: 'CouncilMinutes',
  closedAt: '2024-01-10T04:00:00.000Z',
  title: 'Phiên họp Hội đồng xét khen thưởng năm 2023',
  year: 2023,
  meetingDate: '2024-01-10',
  venue: 'Trụ sở UBND thành phố',
  secret: true,
  members: [
    member('Nguyễn Văn An', 'Phó Chủ tịch UBND thành phố', 'CHAIR', true),
    member('Trần Thị Bình', null, 'MEMBER', false),
    member('Lê Văn Cường', 'Trưởng Ban Thi đua – Khen thưởng', 'SECRETARY', true),
  ],
  memberCount: 3,
  present: 2,
  quorumPercent: 50,
  thresholdPercent: 50,
  thresholdBase: 'ALL',
  lines: [line('l1', 'Hội Nữ Doanh nhân Hải Phòng', 2, 0, 66.7, 'PASSED'), line('l2', 'Hội Doanh nhân trẻ Hải Phòng', 1, 1, 33.3, 'FAILED')],
  conclusion: 'Hội đồng thống nhất đề nghị 1/2 đối tượng (đạt từ 50% phiếu đồng ý trên tổng số thành viên trở lên); 1 đối tượng không đạt.',
};
const id = 'Q291bmNpbFNlc3Npb246MQ==';
const render = (value: unknown) =>
  renderWithProviders(<CouncilMinutesPage />, {
    mocks: [
      {
        request: { query: CouncilMinutesPageDocument, variables: { id } },
        result: { data: { councilSession: { __typename: 'CouncilSession', id, minutes: value } } },
      },
    ] as never[],
    route: `/council/${id}/minutes`,
    path: '/council/:id/minutes',
  });

describe('council minutes page', () => {
  it('lays the minutes out as an administrative document with attendance and counts, and prints it', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(minutes);
    const doc = await screen.findByTestId('minutes-document');
    expect(doc.textContent).toContain('HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG');
    expect(doc.textContent).toContain('ngày 10 tháng 1 năm 2024');
    expect(doc.textContent).toContain('Thành viên Hội đồng có mặt: 2/3 thành viên. Số thành viên có mặt tối thiểu: 50% (đủ).');
    const members = within(screen.getByTestId('minutes-members')).getAllByRole('row');
    expect(members.map((row) => row.textContent)).toEqual([
      'STTHọ tênChức vụ, cơ quanVai tròCó mặt',
      '1Nguyễn Văn AnPhó Chủ tịch UBND thành phốChủ tịch Hội đồngCó mặt',
      '2Trần Thị BìnhỦy viênVắng mặt',
      '3Lê Văn CườngTrưởng Ban Thi đua – Khen thưởngỦy viên, Thư kýCó mặt',
    ]);
    const lines = within(screen.getByTestId('minutes-lines')).getAllByRole('row');
    expect(lines[1]!.textContent).toBe('1HS-2024-000007Hội Nữ Doanh nhân Hải PhòngBằng khen của Chủ tịch UBND thành phố2066,7Đạt');
    expect(lines[2]!.textContent).toContain('Không đạt');
    expect(screen.getByTestId('minutes-conclusion').textContent).toBe(minutes.conclusion);
    // The chair and the secretary sign.
    expect(doc.textContent).toContain('CHỦ TỊCH HỘI ĐỒNG');
    expect(doc.querySelector('.minutes-signatures')!.textContent).toContain('Lê Văn Cường');
    fireEvent.click(screen.getByTestId('print-minutes'));
    expect(print).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('says the minutes come at close while the session is still open', async () => {
    render(null);
    expect((await screen.findByTestId('minutes-missing')).textContent).toBe('Biên bản được lập khi phiên họp kết thúc.');
  });
});
