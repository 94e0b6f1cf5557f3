import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  AwardTypeOptionsDocument,
  BlocOptionsDocument,
  CommendationPageDocument,
  DecisionOptionsDocument,
  DeleteCommendationDocument,
  EventOptionsDocument,
  MarkCommendationPresentedDocument,
  MovementOptionsDocument,
  RevokeCommendationDocument,
  RevokingDecisionDocument,
  UpdateCommendationDocument,
} from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { CommendationActions } from './CommendationActions';
import { Component as CommendationPage } from './CommendationPage';

const commendation = {
  __typename: 'Commendation',
  id: 'Q29tOjE=',
  version: 3,
  status: 'AWARDED',
  year: 2022,
  kind: 'MERIT',
  subjectKind: 'COLLECTIVE',
  note: null,
  achievement: 'Dẫn đầu Khối thi đua năm 2022',
  awardType: { __typename: 'AwardType', id: 'QXQ6MQ==', nameVi: 'Cờ thi đua của UBND thành phố', nameEn: 'City Emulation Flag' },
  unit: { __typename: 'Unit', id: 'VW5pdDox', name: 'Hội Nữ Doanh nhân Hải Phòng' },
  person: null,
  household: null,
  decision: { __typename: 'Decision', id: 'RGVjOjE=', number: '889/QĐ-UBND', issuer: 'UBND thành phố Hải Phòng', issuedOn: '2022-03-31' },
  movement: null,
  bloc: null,
  presentedAt: null,
  presentedBy: null,
};
const row = commendation as never;

const decision = {
  __typename: 'Decision',
  id: 'RGVjOjk=',
  number: '120/QĐ-UBND',
  issuedOn: '2024-01-15',
  issuer: 'UBND thành phố Hải Phòng',
  subject: 'Về việc thu hồi',
};
const answer = (field: string, changes: Record<string, unknown>) => ({
  data: {
    [field]: {
      __typename: 'CommendationPayload',
      userErrors: [],
      ...(field === 'updateCommendation' ? { conflict: null } : {}),
      commendation: { ...commendation, ...changes, revokedOn: null, revocationReason: null, revocationDecision: null, ...changes },
    },
  },
});
const options = [
  {
    request: { query: AwardTypeOptionsDocument, variables: () => true },
    result: { data: { awardTypes: { __typename: 'AwardTypeConnection', nodes: [] } } },
    maxUsageCount: Infinity,
  },
  {
    request: { query: MovementOptionsDocument, variables: () => true },
    result: { data: { movements: { __typename: 'MovementConnection', nodes: [] } } },
    maxUsageCount: Infinity,
  },
  {
    request: { query: BlocOptionsDocument, variables: () => true },
    result: { data: { blocs: { __typename: 'BlocConnection', nodes: [] } } },
    maxUsageCount: Infinity,
  },
  {
    request: { query: DecisionOptionsDocument, variables: () => true },
    result: { data: { decisions: { __typename: 'DecisionConnection', nodes: [decision] } } },
    maxUsageCount: Infinity,
  },
  {
    request: { query: EventOptionsDocument, variables: () => true },
    result: {
      data: {
        events: { __typename: 'EventConnection', nodes: [{ __typename: 'Event', id: 'RXY6Mg==', title: 'Lễ trao tặng năm 2023', heldOn: '2023-12-20' }] },
      },
    },
    maxUsageCount: Infinity,
  },
  { request: { query: RevokingDecisionDocument, variables: { id: decision.id } }, result: { data: { decision } }, maxUsageCount: Infinity },
];

const openMenu = async (action: string) => {
  fireEvent.click(await screen.findByTestId('commendation-actions'));
  fireEvent.click(await screen.findByTestId(`commendation-action-${action}`));
};

/** Picks the first option of an antd select (found by its test id) after typing into it. */
const pick = async (testId: string, text: string) => {
  const input = screen.getByTestId(testId).querySelector('input') ?? screen.getByTestId(testId);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: text } });
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll('.ant-select-item-option')].find((o) => o.textContent?.includes(text));
    if (!found) throw new Error(`no option ${text}`);
    return found;
  });
  fireEvent.click(option);
};

describe('commendation row actions', () => {
  it('are not there for a bloc or unit officer, or an analyst', async () => {
    for (const viewer of [
      viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzox', name: 'Khối' } }),
      viewerOf('UNIT_OFFICER', { unit: { id: 'VW5pdDox', name: 'Hội' } }),
      viewerOf('ANALYST'),
    ]) {
      const { unmount } = renderWithProviders(<CommendationActions commendation={row} />, { viewer });
      expect(screen.queryByTestId('commendation-actions')).toBeNull();
      unmount();
    }
  });

  it('offer no editing, presenting or revoking once revoked', async () => {
    renderWithProviders(<CommendationActions commendation={{ ...commendation, status: 'REVOKED' } as never} />, { viewer: viewerOf('BOARD_OFFICER') });
    fireEvent.click(await screen.findByTestId('commendation-actions'));
    await screen.findByTestId('commendation-action-delete');
    expect(screen.queryByTestId('commendation-action-revoke')).toBeNull();
    expect(screen.queryByTestId('commendation-action-edit')).toBeNull();
    expect(screen.queryByTestId('commendation-action-present')).toBeNull();
  });

  it('edit: sends only the changed fields with the version it opened, and shows a DUPLICATE error', async () => {
    const sent: unknown[] = [];
    const mocks = [
      ...options,
      {
        request: { query: UpdateCommendationDocument, variables: (v: unknown) => (sent.push(v), true) },
        result: {
          data: {
            updateCommendation: {
              __typename: 'CommendationPayload',
              commendation: null,
              conflict: null,
              userErrors: [{ __typename: 'UserError', field: [], code: 'DUPLICATE', message: 'Đơn vị này đã có Cờ thi đua của UBND thành phố năm 2021.' }],
            },
          },
        },
      },
    ];
    renderWithProviders(<CommendationActions commendation={row} />, { mocks, viewer: viewerOf('BOARD_OFFICER') });
    await openMenu('edit');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('commendation-recipient').textContent).toBe('Hội Nữ Doanh nhân Hải Phòng');
    await waitFor(() => expect((within(dialog).getByTestId('commendation-achievement') as HTMLTextAreaElement).value).toBe('Dẫn đầu Khối thi đua năm 2022'));
    fireEvent.change(within(dialog).getByTestId('commendation-year').querySelector('input') ?? within(dialog).getByTestId('commendation-year'), {
      target: { value: '2021' },
    });
    fireEvent.change(within(dialog).getByTestId('commendation-note'), { target: { value: 'Sửa năm theo quyết định' } });
    fireEvent.click(screen.getByTestId('commendation-submit'));
    await waitFor(() => expect(within(dialog).getByText('Đơn vị này đã có Cờ thi đua của UBND thành phố năm 2021.')).toBeTruthy());
    expect(sent).toEqual([{ input: { id: 'Q29tOjE=', expectedVersion: 3, year: 2021, note: 'Sửa năm theo quyết định' } }]);
    expect((within(dialog).getByTestId('commendation-note') as HTMLTextAreaElement).value).toBe('Sửa năm theo quyết định');
  });

  it('revoke: needs the revoking decision and a reason, takes the decision date, and sends the decision', async () => {
    let sent: unknown;
    const mocks = [
      ...options,
      {
        request: { query: RevokeCommendationDocument, variables: (v: unknown) => ((sent = v), true) },
        result: answer('revokeCommendation', { status: 'REVOKED', version: 4 }),
      },
    ];
    renderWithProviders(<CommendationActions commendation={row} />, { mocks, viewer: viewerOf('BOARD_OFFICER') });
    await openMenu('revoke');
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(screen.getByTestId('revoke-submit'));
    await waitFor(() => expect(within(dialog).getByText('Chọn quyết định thu hồi.')).toBeTruthy());
    expect(within(dialog).getByText('Trường này là bắt buộc.')).toBeTruthy();
    await pick('revoke-decision', '120/QĐ-UBND');
    await waitFor(() => expect((within(dialog).getByTestId('revoke-date') as HTMLInputElement).value).toBe('15/01/2024'));
    fireEvent.change(within(dialog).getByTestId('revoke-reason'), { target: { value: 'kê khai thành tích không đúng' } });
    fireEvent.click(screen.getByTestId('revoke-submit'));
    await waitFor(() => expect(sent).toBeTruthy());
    expect(sent).toEqual({
      input: { id: 'Q29tOjE=', decisionId: 'RGVjOjk=', revokedOn: '2024-01-15', reason: 'kê khai thành tích không đúng' },
    });
    await waitFor(() => expect(screen.queryByTestId('revoke-submit')).toBeNull());
  });

  it('mark presented: asks for the conference or the presenter, then sends them', async () => {
    let sent: unknown;
    const mocks = [
      ...options,
      {
        request: { query: MarkCommendationPresentedDocument, variables: (v: unknown) => ((sent = v), true) },
        result: answer('markCommendationPresented', { status: 'PRESENTED', version: 4, presentedBy: 'Phó Trưởng ban' }),
      },
    ];
    renderWithProviders(<CommendationActions commendation={row} />, { mocks, viewer: viewerOf('BOARD_OFFICER') });
    await openMenu('present');
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(screen.getByTestId('present-submit'));
    await waitFor(() => expect(within(dialog).getByText('Chọn hội nghị hoặc nhập người trao.')).toBeTruthy());
    await pick('present-event', 'Lễ trao tặng');
    fireEvent.change(within(dialog).getByTestId('present-by'), { target: { value: ' Phó Trưởng ban ' } });
    fireEvent.click(screen.getByTestId('present-submit'));
    await waitFor(() => expect(sent).toEqual({ input: { id: 'Q29tOjE=', eventId: 'RXY6Mg==', presentedBy: 'Phó Trưởng ban' } }));
  });

  it('delete: says what is deleted, sends the version shown, then tells the caller', async () => {
    let sent: unknown;
    let deleted = false;
    const mocks = [
      {
        request: { query: DeleteCommendationDocument, variables: (v: unknown) => ((sent = v), true) },
        result: { data: { deleteCommendation: { __typename: 'DeleteCommendationPayload', deletedId: 'Q29tOjE=', userErrors: [], conflict: null } } },
      },
    ];
    renderWithProviders(<CommendationActions commendation={row} onDeleted={() => (deleted = true)} />, { mocks, viewer: viewerOf('BOARD_OFFICER') });
    await openMenu('delete');
    const confirm = await screen.findByRole('dialog');
    expect(confirm.textContent).toContain('Xóa khen thưởng này?');
    expect(confirm.textContent).toContain('Hội Nữ Doanh nhân Hải Phòng – Cờ thi đua của UBND thành phố 2022');
    expect(confirm.textContent).toContain('Thu hồi');
    fireEvent.click(screen.getByTestId('commendation-delete-confirm'));
    await waitFor(() => expect(deleted).toBe(true));
    expect(sent).toEqual({ id: 'Q29tOjE=', expectedVersion: 3 });
  });
});

describe('commendation page', () => {
  const full = {
    ...commendation,
    revokedOn: null,
    revocationReason: null,
    revocationDecision: null,
    decision: { ...commendation.decision, issuedOn: '2022-03-31' },
  };
  const page = (c: object) =>
    [
      { request: { query: CommendationPageDocument, variables: { id: commendation.id } }, result: { data: { commendation: c } }, maxUsageCount: Infinity },
    ] as never[];

  it('shows the Board the edit button and the other actions', async () => {
    renderWithProviders(<CommendationPage />, {
      mocks: page(full),
      route: `/commendations/${commendation.id}`,
      path: '/commendations/:id',
      viewer: viewerOf('BOARD_OFFICER'),
    });
    expect((await screen.findByTestId('commendation-title')).textContent).toContain('Cờ thi đua của UBND thành phố 2022 – Hội Nữ Doanh nhân Hải Phòng');
    expect(screen.getByTestId('edit-commendation')).toBeTruthy();
    fireEvent.click(screen.getByTestId('commendation-actions'));
    await screen.findByTestId('commendation-action-revoke');
    // The page's own edit button is the one; the menu does not repeat it.
    expect(screen.queryByTestId('commendation-action-edit')).toBeNull();
  });

  it('shows a revoked commendation with its decision, and offers no edit', async () => {
    const revoked = {
      ...full,
      status: 'REVOKED',
      revokedOn: '2024-01-15',
      revocationReason: 'kê khai thành tích không đúng',
      revocationDecision: { __typename: 'Decision', id: decision.id, number: decision.number, issuer: decision.issuer, issuedOn: decision.issuedOn },
    };
    renderWithProviders(<CommendationPage />, {
      mocks: page(revoked),
      route: `/commendations/${commendation.id}`,
      path: '/commendations/:id',
      viewer: viewerOf('BOARD_OFFICER'),
    });
    expect((await screen.findByTestId('commendation-revocation')).textContent).toBe('15/01/2024: kê khai thành tích không đúng');
    expect(screen.getByRole('link', { name: /120\/QĐ-UBND/ })).toBeTruthy();
    expect(screen.queryByTestId('edit-commendation')).toBeNull();
  });

  it('shows a unit officer the commendation without any action', async () => {
    renderWithProviders(<CommendationPage />, {
      mocks: page(full),
      route: `/commendations/${commendation.id}`,
      path: '/commendations/:id',
      viewer: viewerOf('UNIT_OFFICER', { unit: commendation.unit }),
    });
    await screen.findByTestId('commendation-summary');
    expect(screen.queryByTestId('edit-commendation')).toBeNull();
    expect(screen.queryByTestId('commendation-actions')).toBeNull();
  });
});
