import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CouncilSessionPageDocument, RecordCouncilVotesDocument, UpdateCouncilSessionDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { Component as CouncilSessionPage } from './CouncilSessionPage';

const member = (name: string, role: string, present: boolean) => ({ __typename: 'CouncilMember', name, position: null, role, present });
const line = (n: number, unitName: string) => ({
  __typename: 'DossierLine',
  id: `RG9zc2llckxpbmU6${n}`,
  position: n,
  subjectKind: 'UNIT',
  councilResult: null,
  awardType: { __typename: 'AwardType', id: 'at1', nameVi: 'Bằng khen của Chủ tịch UBND thành phố' },
  unit: { __typename: 'Unit', id: `u${n}`, name: unitName },
  person: null,
  household: null,
  dossier: { __typename: 'Dossier', id: 'RG9zc2llcjox', code: 'HS-2024-0007', title: 'Đề nghị tặng Bằng khen năm 2023' },
});
const item = (
  l: ReturnType<typeof line>,
  agree: number | null = null,
  disagree: number | null = null,
  percent: number | null = null,
  result: string | null = null,
) => ({
  __typename: 'CouncilAgendaItem',
  agree,
  disagree,
  percent,
  result,
  line: l,
});
const [women, youth] = [line(1, 'Hội Nữ Doanh nhân Hải Phòng'), line(2, 'Hội Doanh nhân trẻ Hải Phòng')];
const option = (name: string, to: string, label: string, allowed: boolean, blockers: object[] = []) => ({
  __typename: 'CouncilSessionTransitionOption',
  name,
  to,
  label,
  reasonRequired: name === 'CANCEL',
  allowed,
  blockers,
});

const session = {
  __typename: 'CouncilSession',
  id: 'Q291bmNpbFNlc3Npb246MQ==',
  title: 'Phiên họp Hội đồng xét khen thưởng năm 2023',
  year: 2023,
  status: 'VOTING',
  version: 3,
  meetingDate: '2024-01-10',
  venue: 'Trụ sở UBND thành phố',
  secret: true,
  quorumPercent: 50,
  thresholdPercent: 50,
  thresholdBase: 'ALL',
  presentCount: 4,
  members: [
    member('Nguyễn Văn An', 'CHAIR', true),
    member('Trần Thị Bình', 'VICE_CHAIR', true),
    member('Lê Văn Cường', 'MEMBER', true),
    member('Phạm Thị Dung', 'MEMBER', false),
    member('Hoàng Văn Em', 'SECRETARY', true),
  ],
  agenda: [item(women), item(youth)],
  allowedTransitions: [
    option('CLOSE', 'CLOSED', 'Kết thúc, lập biên bản', false, [
      { __typename: 'UserError', field: [], code: 'VOTES_MISSING', message: 'Còn 2 đối tượng chưa ghi kết quả biểu quyết.' },
    ]),
    option('CANCEL', 'CANCELLED', 'Hủy phiên họp', true),
  ],
};
const page = { query: CouncilSessionPageDocument, variables: { id: session.id } };
const route = { route: `/council/${session.id}`, path: '/council/:id' };
const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;
const typeCount = (name: string, field: 'agree' | 'disagree', value: string) =>
  fireEvent.change(within(rowOf(name)).getByTestId(`vote-${field}`).querySelector('input') ?? within(rowOf(name)).getByTestId(`vote-${field}`), {
    target: { value },
  });

describe('a council session while voting', () => {
  it('sends the counts typed for every line in one recordCouncilVotes, with the version shown, and shows the results', async () => {
    const sent = vi.fn();
    const counted = {
      ...session,
      version: 4,
      agenda: [item(women, 3, 1, 60, 'PASSED'), item(youth, 2, 2, 40, 'FAILED')],
      allowedTransitions: [option('CLOSE', 'CLOSED', 'Kết thúc, lập biên bản', true), session.allowedTransitions[1]],
    };
    const votes = [
      { lineId: women.id, agree: 3, disagree: 1 },
      { lineId: youth.id, agree: 2, disagree: 2 },
    ];
    const mocks = [
      { request: page, result: { data: { councilSession: session } } },
      {
        request: { query: RecordCouncilVotesDocument, variables: { input: { id: session.id, expectedVersion: 3, votes } } },
        result: () => {
          sent();
          return { data: { recordCouncilVotes: { __typename: 'CouncilSessionPayload', session: counted, userErrors: [], conflict: null } } };
        },
      },
    ] as never[];
    renderWithProviders(<CouncilSessionPage />, { mocks, viewer: viewerOf('BOARD_OFFICER'), ...route });
    await screen.findByTestId('council-agenda');
    expect(screen.getByTestId('council-attendance').textContent).toContain('Có mặt: 4/5');
    expect(screen.getByTestId('council-quorum').textContent).toContain('Đủ số thành viên có mặt');
    expect(screen.getByTestId('council-counted').textContent).toBe('Đã ghi phiếu: 0/2');
    expect((screen.getByTestId('save-votes') as HTMLButtonElement).disabled).toBe(true);
    expect(within(rowOf('Hội Nữ Doanh nhân Hải Phòng')).getByRole('link', { name: 'HS-2024-0007' }).getAttribute('href')).toBe('/dossiers/RG9zc2llcjox');

    typeCount('Hội Nữ Doanh nhân Hải Phòng', 'agree', '3');
    typeCount('Hội Nữ Doanh nhân Hải Phòng', 'disagree', '1');
    typeCount('Hội Doanh nhân trẻ Hải Phòng', 'agree', '2');
    typeCount('Hội Doanh nhân trẻ Hải Phòng', 'disagree', '2');
    // The result as it will be counted shows while typing: 3 of all 5 members is 60%.
    await waitFor(() => expect(within(rowOf('Hội Nữ Doanh nhân Hải Phòng')).getByTestId('council-result').textContent).toBe('Đạt'));
    expect(within(rowOf('Hội Nữ Doanh nhân Hải Phòng')).getByText('60%')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByTestId('save-votes'));
    });
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('council-counted').textContent).toBe('Đã ghi phiếu: 2/2'));
    expect(within(rowOf('Hội Doanh nhân trẻ Hải Phòng')).getByTestId('council-result').textContent).toBe('Không đạt');
    expect(within(rowOf('Hội Doanh nhân trẻ Hải Phòng')).getByText('40%')).toBeTruthy();
    expect((screen.getByTestId('transition-CLOSE') as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByTestId('save-votes') as HTMLButtonElement).disabled).toBe(true);
  });

  it('does not send a line with one count only', async () => {
    const sent = vi.fn();
    const mocks = [
      { request: page, result: { data: { councilSession: session } } },
      { request: { query: RecordCouncilVotesDocument, variables: () => true }, result: () => (sent(), { data: null }) },
    ] as never[];
    renderWithProviders(<CouncilSessionPage />, { mocks, viewer: viewerOf('BOARD_OFFICER'), ...route });
    await screen.findByTestId('council-agenda');
    typeCount('Hội Nữ Doanh nhân Hải Phòng', 'agree', '3');
    fireEvent.click(screen.getByTestId('save-votes'));
    expect(await screen.findByText('Nhập đủ số phiếu đồng ý và không đồng ý của từng đối tượng đã sửa.')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it('saves the attendance ticked at the meeting with the version shown', async () => {
    const sent = vi.fn();
    const members = session.members.map(({ __typename: _t, ...m }) => ({ ...m, present: true }));
    const all = { ...session, version: 4, presentCount: 5, members: session.members.map((m) => ({ ...m, present: true })) };
    const mocks = [
      { request: page, result: { data: { councilSession: session } } },
      {
        request: { query: UpdateCouncilSessionDocument, variables: { input: { id: session.id, expectedVersion: 3, members } } },
        result: () => (sent(), { data: { updateCouncilSession: { __typename: 'CouncilSessionPayload', session: all, userErrors: [], conflict: null } } }),
      },
    ] as never[];
    renderWithProviders(<CouncilSessionPage />, { mocks, viewer: viewerOf('BOARD_OFFICER'), ...route });
    await screen.findByTestId('council-members');
    fireEvent.click(screen.getByLabelText('Có mặt: Phạm Thị Dung'));
    expect(screen.getByTestId('council-attendance').textContent).toContain('Có mặt: 5/5');
    await act(async () => {
      fireEvent.click(screen.getByTestId('save-members'));
    });
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByTestId('save-members')).toBeNull());
  });

  it('shows an analyst the counts without inputs, and no way to change the session', async () => {
    renderWithProviders(<CouncilSessionPage />, {
      mocks: [{ request: page, result: { data: { councilSession: { ...session, allowedTransitions: [] } } } }] as never[],
      viewer: viewerOf('ANALYST'),
      ...route,
    });
    await screen.findByTestId('council-agenda');
    expect(screen.queryByTestId('vote-agree')).toBeNull();
    expect(screen.queryByTestId('save-votes')).toBeNull();
    expect(screen.queryByTestId('member-add')).toBeNull();
    expect(screen.queryByTestId('edit-council')).toBeNull();
  });
});
