import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { BallotMinutesPageDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { Component as MinutesPage } from './MinutesPage';

const minutes = {
  __typename: 'BallotMinutes',
  closedAt: '2023-12-20T09:30:00.000Z',
  blocName: 'Khối thi đua Liên hiệp hội',
  year: 2023,
  covenantTitle: 'Giao ước thi đua năm 2023',
  title: 'Bình chọn đơn vị dẫn đầu năm 2023',
  purpose: 'LEADING_UNIT',
  secret: true,
  meeting: {
    __typename: 'BallotMinutesMeeting',
    date: '2023-12-20',
    venue: 'Hội trường A',
    chair: 'Ông Trần Văn Chủ',
    secretary: 'Bà Lê Thị Ký',
    boardGuest: null,
  },
  voters: 3,
  voted: 2,
  turnoutPercent: 66.67,
  attendance: [
    { __typename: 'BallotMinutesAttendee', unitName: 'Hội Doanh nhân trẻ', voted: true, paper: false },
    { __typename: 'BallotMinutesAttendee', unitName: 'Hội Nữ Doanh nhân', voted: true, paper: true },
    { __typename: 'BallotMinutesAttendee', unitName: 'Hiệp hội Doanh nghiệp nhỏ và vừa', voted: false, paper: false },
  ],
  thresholdPercent: 50,
  thresholdBase: 'ALL',
  quorumPercent: 50,
  quorumMet: true,
  candidates: [
    { __typename: 'BallotMinutesCandidate', unitName: 'Hội Doanh nhân trẻ', votes: 2, percent: 66.67, passed: true },
    { __typename: 'BallotMinutesCandidate', unitName: 'Hội Nữ Doanh nhân', votes: 0, percent: 0, passed: false },
  ],
  leaderName: 'Hội Doanh nhân trẻ',
  result: 'Đơn vị dẫn đầu khối, đề nghị tặng Cờ thi đua: Hội Doanh nhân trẻ (2/3 phiếu, 66.67%).',
  scoreTable: [
    { __typename: 'BallotMinutesScoreRow', rank: 1, unitName: 'Hội Doanh nhân trẻ', total: 95.5, percent: 95.5 },
    { __typename: 'BallotMinutesScoreRow', rank: 2, unitName: 'Hội Nữ Doanh nhân', total: 80, percent: 80 },
  ],
};
const id = 'QmFsbG90OjE=';
const render = (value: unknown) =>
  renderWithProviders(<MinutesPage />, {
    mocks: [
      { request: { query: BallotMinutesPageDocument, variables: { id } }, result: { data: { node: { __typename: 'BallotSession', id, minutes: value } } } },
    ] as never[],
    route: `/ballots/${id}/minutes`,
    path: '/ballots/:id/minutes',
  });

describe('ballot minutes page', () => {
  it('lays the minutes out as an administrative document, with counts only, and prints it', async () => {
    // jsdom has no window.print.
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(minutes);
    const doc = await screen.findByTestId('minutes-document');
    expect(within(doc).getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeTruthy();
    expect(within(doc).getByText('Độc lập – Tự do – Hạnh phúc')).toBeTruthy();
    expect(within(doc).getByText('BIÊN BẢN')).toBeTruthy();
    expect(doc.textContent).toContain('ngày 20 tháng 12 năm 2023');
    expect(doc.textContent).toContain('Chủ trì: Ông Trần Văn Chủ');
    expect(doc.textContent).toContain('Số phiếu phát ra: 3; Số phiếu thu về: 2');
    // Attendance says who voted, never for whom.
    const attendance = within(screen.getByTestId('minutes-attendance')).getAllByRole('row');
    expect(attendance.map((row) => row.textContent)).toEqual([
      'STTĐơn vịĐã bỏ phiếu',
      '1Hội Doanh nhân trẻĐã bỏ phiếu',
      '2Hội Nữ Doanh nhânĐã bỏ phiếu (phiếu giấy)',
      '3Hiệp hội Doanh nghiệp nhỏ và vừaKhông bỏ phiếu',
    ]);
    const candidates = within(screen.getByTestId('minutes-candidates')).getAllByRole('row');
    expect(candidates[1]!.textContent).toBe('1Hội Doanh nhân trẻ266,67Đạt');
    expect(within(screen.getByTestId('minutes-scores')).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByTestId('minutes-result').textContent).toBe(minutes.result);
    expect(doc.textContent).toContain('CHỦ TRÌ');
    expect(doc.textContent).toContain('THƯ KÝ');
    fireEvent.click(screen.getByTestId('print-minutes'));
    expect(print).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('says the minutes come at close while the session is still open', async () => {
    render(null);
    expect((await screen.findByTestId('minutes-missing')).textContent).toBe('Biên bản được lập khi phiên bỏ phiếu kết thúc.');
  });
});
