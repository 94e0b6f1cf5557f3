import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CovenantPageDocument, DeleteCovenantDocument, EventOptionsDocument, MovementOptionsDocument, SignCovenantDocument } from '../../gql/graphql';
import { Route, Routes } from 'react-router';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { Component as CovenantPage } from './CovenantPage';

const unit = (id: string, name: string) => ({ __typename: 'Unit', id, name });
const criterion = (id: string, number: string, title: string, maxScore: number | null, parent?: string) => ({
  __typename: 'CovenantCriterion',
  id,
  number,
  title,
  maxScore,
  rank: number,
  description: null,
  kind: 'QUALITATIVE',
  version: 1,
  parent: parent ? { __typename: 'CovenantCriterion', id: parent } : null,
  movements: [],
});
const signature = (id: string, u: ReturnType<typeof unit>) => ({
  __typename: 'CovenantSignature',
  id,
  signedOn: '2024-03-15',
  signerName: 'Nguyễn Văn A',
  signerTitle: 'Chủ tịch',
  unit: u,
});
const rankingRow = (u: ReturnType<typeof unit>, rank: number, tied: boolean, isLeader: boolean, exclusions: object[]) => ({
  __typename: 'CovenantRankingRow',
  unit: u,
  group: 'TARGETED',
  rank,
  tied,
  totalScore: 85,
  selfTotal: 85,
  reviewTotal: 85,
  assignedMaxScore: 100,
  ratio: 0.85,
  canLead: exclusions.length === 0,
  isLeader,
  exclusions,
});
const members = {
  sme: unit('u1', 'Hiệp hội Doanh nghiệp nhỏ và vừa'),
  women: unit('u2', 'Hội Nữ Doanh nhân Hải Phòng'),
  youth: unit('u3', 'Hội Doanh nhân trẻ'),
};

const covenant = {
  __typename: 'Covenant',
  id: 'Q292OjE=',
  title: 'Giao ước thi đua năm 2024',
  year: 2024,
  status: 'READY_TO_SIGN',
  content: null,
  version: 4,
  bloc: { __typename: 'Bloc', id: 'QmxvYzox', name: 'Khối thi đua Liên hiệp hội' },
  criteria: [
    criterion('c1', '1', 'Phát triển hội viên', 30),
    criterion('c2', '2', 'Hưởng ứng phong trào', null),
    criterion('c21', '2.1', 'Chuyển đổi số', 40, 'c2'),
    criterion('c3', '3', 'An sinh xã hội', 30),
  ],
  signingEvent: {
    __typename: 'Event',
    id: 'RXY6MQ==',
    title: 'Hội nghị ký kết giao ước thi đua năm 2024',
    heldOn: '2024-03-15',
    venue: 'Hải Phòng',
    attendees: null,
    hostUnit: members.sme,
  },
  signedCount: 1,
  memberCount: 3,
  allowedTransitions: [
    {
      __typename: 'CovenantTransitionOption',
      name: 'REOPEN_COMMENT',
      to: 'IN_COMMENT',
      label: 'Mở lại lấy ý kiến',
      reasonRequired: true,
      allowed: true,
      blockers: [],
    },
    {
      __typename: 'CovenantTransitionOption',
      name: 'MARK_SIGNED',
      to: 'SIGNED',
      label: 'Xác nhận đã ký kết',
      reasonRequired: false,
      allowed: false,
      blockers: [{ __typename: 'UserError', field: ['to'], code: 'NOT_ALL_SIGNED', message: 'Mới 1/3 đơn vị thành viên ký giao ước; còn 2 đơn vị chưa ký.' }],
    },
  ],
  signatures: [signature('s1', members.sme)],
  unsignedMembers: [members.youth, members.women],
  ranking: {
    __typename: 'CovenantRanking',
    rows: [
      rankingRow(members.sme, 1, true, true, []),
      rankingRow(members.women, 1, true, false, [
        { __typename: 'RankingExclusion', code: 'SERIOUS_VIOLATION', message: 'Có vi phạm nghiêm trọng: Nộp hồ sơ sai sự thật — không được xét dẫn đầu.' },
      ]),
      {
        ...rankingRow(members.youth, 1, false, false, [
          {
            __typename: 'RankingExclusion',
            code: 'NO_TARGETS',
            message: 'Không được giao chỉ tiêu định lượng nào: xếp hạng riêng trong nhóm không chỉ tiêu, không xét dẫn đầu.',
          },
        ]),
        group: 'NO_TARGET',
        totalScore: 40,
      },
    ],
  },
  ballotSessions: [],
  proposals: [],
};

const mocks = [
  { request: { query: CovenantPageDocument, variables: { id: 'Q292OjE=' } }, result: { data: { covenant } } },
  {
    request: { query: EventOptionsDocument, variables: () => true },
    result: { data: { events: { __typename: 'EventConnection', nodes: [] } } },
    maxUsageCount: Infinity,
  },
  {
    request: { query: MovementOptionsDocument, variables: () => true },
    result: { data: { movements: { __typename: 'MovementConnection', nodes: [] } } },
    maxUsageCount: Infinity,
  },
  {
    request: {
      query: SignCovenantDocument,
      variables: (v: { input: Record<string, unknown> }) => v.input.unitId === 'u2' && v.input.signerName === 'Trần Thị B' && v.input.signedOn === '2024-03-15',
    },
    result: {
      data: {
        signCovenant: {
          __typename: 'SignCovenantPayload',
          signature: {
            __typename: 'CovenantSignature',
            id: 's2',
            covenant: {
              ...covenant,
              signedCount: 2,
              signatures: [signature('s1', members.sme), { ...signature('s2', members.women), signerName: 'Trần Thị B' }],
              unsignedMembers: [members.youth],
            },
          },
          userErrors: [],
        },
      },
    },
  },
] as never[];

describe('covenant editor', () => {
  it('shows the numbered outline and its total, and who has signed', async () => {
    renderWithProviders(<CovenantPage />, { mocks, route: '/covenants/Q292OjE=', path: '/covenants/:id' });
    await screen.findByText('Chuyển đổi số');
    expect(screen.getAllByTestId('criterion-number').map((n) => n.textContent)).toEqual(['1', '2', '2.1', '3']);
    expect(screen.getByTestId('criteria-total').textContent).toContain('100');
    expect(screen.getByTestId('signed-count').textContent).toContain('1/3');
    expect(within(screen.getByTestId('unsigned-table')).getAllByTestId('sign-button')).toHaveLength(2);
    // The first criterion of a level cannot move up, the last one cannot move down.
    const ups = screen.getAllByTestId('criterion-up') as HTMLButtonElement[];
    expect(ups.map((b) => b.disabled)).toEqual([true, false, true, false]);
  });

  it('shows the ranking read-only: ties, the leader, the no-target group and why a unit cannot lead', async () => {
    renderWithProviders(<CovenantPage />, { mocks, route: '/covenants/Q292OjE=', path: '/covenants/:id' });
    const table = await screen.findByTestId('ranking-table');
    expect(
      within(table)
        .getAllByTestId('ranking-rank')
        .map((n) => n.textContent),
    ).toEqual(['1 (đồng hạng)', '1 (đồng hạng)']);
    expect(within(table).getAllByTestId('ranking-tie')[0]!.textContent).toBe('Bằng điểm với Hội Nữ Doanh nhân Hải Phòng: cùng hạng 1, hạng sau bỏ số.');
    expect(within(table).getByTestId('ranking-leader').closest('tr')!.textContent).toContain('Hiệp hội Doanh nghiệp nhỏ và vừa');
    expect(within(table).getByTestId('ranking-exclusion').textContent).toContain('Nộp hồ sơ sai sự thật');
    expect(within(screen.getByTestId('ranking-no-target-table')).getByText('Hội Doanh nhân trẻ')).toBeTruthy();
  });

  it('records a signature with the conference date by default and moves the unit to "signed"', async () => {
    renderWithProviders(<CovenantPage />, { mocks, route: '/covenants/Q292OjE=', path: '/covenants/:id' });
    const unsigned = await screen.findByTestId('unsigned-table');
    const row = within(unsigned).getByText('Hội Nữ Doanh nhân Hải Phòng').closest('tr')!;
    fireEvent.click(within(row).getByTestId('sign-button'));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByTestId('signed-on') as HTMLInputElement).value).toBe('15/03/2024');
    fireEvent.change(within(dialog).getByTestId('signer-name'), { target: { value: 'Trần Thị B' } });
    fireEvent.click(screen.getByTestId('sign-submit'));
    await waitFor(() => expect(screen.getByTestId('signed-count').textContent).toContain('2/3'));
    await waitFor(() => expect(within(screen.getByTestId('signed-table')).getByText('Trần Thị B')).toBeTruthy());
    expect(within(screen.getByTestId('unsigned-table')).queryByText('Hội Nữ Doanh nhân Hải Phòng')).toBeNull();
  });

  it('lets a unit officer sign (or undo) only for their own unit, and change nothing else', async () => {
    const viewer = viewerOf('UNIT_OFFICER', { unit: members.women });
    renderWithProviders(<CovenantPage />, { mocks, route: '/covenants/Q292OjE=', path: '/covenants/:id', viewer });
    await screen.findByText('Chuyển đổi số');
    const signs = within(screen.getByTestId('unsigned-table')).getAllByTestId('sign-button');
    expect(signs).toHaveLength(1);
    expect(signs[0].closest('tr')!.textContent).toContain('Hội Nữ Doanh nhân Hải Phòng');
    expect(within(screen.getByTestId('signed-table')).queryByTestId('unsign-button')).toBeNull();
    for (const action of ['add-criterion', 'criterion-edit', 'criterion-up', 'covenant-save', 'create-event']) {
      expect(screen.queryByTestId(action), action).toBeNull();
    }
  });

  it('lets the Board or the bloc officer delete the covenant after saying what goes with it, with the version shown, then back to the list', async () => {
    let sent: unknown;
    const deleting = [
      ...mocks,
      {
        request: { query: DeleteCovenantDocument, variables: (v: unknown) => ((sent = v), true) },
        result: { data: { deleteCovenant: { __typename: 'DeleteCovenantPayload', deletedId: covenant.id, userErrors: [], conflict: null } } },
      },
    ] as never[];
    const page = (
      <Routes>
        <Route path="/covenants/:id" element={<CovenantPage />} />
        <Route path="/covenants" element={<div>Danh sách giao ước</div>} />
      </Routes>
    );
    const viewer = viewerOf('BLOC_OFFICER', { bloc: covenant.bloc });
    renderWithProviders(page, { mocks: deleting, route: '/covenants/Q292OjE=', viewer });
    fireEvent.click(await screen.findByTestId('delete-covenant'));
    expect(await screen.findByText(/cùng toàn bộ nhiệm vụ, tiêu chí và chữ ký/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('delete-covenant-confirm'));
    await screen.findByText('Danh sách giao ước');
    expect(sent).toEqual({ id: 'Q292OjE=', expectedVersion: 4 });
  });

  it('shows no delete to a unit officer or the officer of another bloc', async () => {
    for (const viewer of [viewerOf('UNIT_OFFICER', { unit: members.women }), viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzoy', name: 'Khối khác' } })]) {
      const { unmount } = renderWithProviders(<CovenantPage />, { mocks, route: '/covenants/Q292OjE=', path: '/covenants/:id', viewer });
      await screen.findByText('Chuyển đổi số');
      expect(screen.queryByTestId('delete-covenant')).toBeNull();
      unmount();
    }
  });
});
