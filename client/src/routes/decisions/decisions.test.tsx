import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { DecisionFormModal } from './DecisionFormModal';
import { Route, Routes } from 'react-router';
import { CreateDecisionDocument, DecisionCommendationsDocument, DecisionPageDocument, DeleteDecisionDocument } from '../../gql/graphql';
import { viewerOf } from '../../test/viewers';
import { Component as DecisionPage } from './DecisionPage';
import { decisionFilter } from './decisionFilter';

const params = (values: Record<string, string>) => (key: string) => values[key];

describe('decision list filter', () => {
  it('turns URL parameters into the API filter and ignores malformed ones', () => {
    expect(decisionFilter(params({ issuer: ' UBND ', level: 'PROVINCE', from: '2022-01-01', to: '2022-12-31' }))).toEqual({
      issuer: { contains: 'UBND' },
      issuerLevel: { eq: 'PROVINCE' },
      issuedOn: { gte: '2022-01-01', lte: '2022-12-31' },
    });
    expect(decisionFilter(params({ level: 'GALAXY', from: '31/12/2022' }))).toEqual({});
  });
});

describe('decision form', () => {
  it('refuses an empty issuer in Vietnamese and keeps what was typed', async () => {
    renderWithProviders(<DecisionFormModal open onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('decision-number'), { target: { value: '12/QĐ-UBND' } });
    fireEvent.change(within(dialog).getByTestId('decision-issuer'), { target: { value: '   ' } });
    fireEvent.change(within(dialog).getByTestId('decision-subject'), { target: { value: 'Về việc tặng Bằng khen' } });
    fireEvent.click(screen.getByTestId('decision-submit'));
    await waitFor(() => expect(within(dialog).getByText('Trường này là bắt buộc.')).toBeTruthy());
    expect((within(dialog).getByTestId('decision-number') as HTMLInputElement).value).toBe('12/QĐ-UBND');
    expect((within(dialog).getByTestId('decision-subject') as HTMLTextAreaElement).value).toBe('Về việc tặng Bằng khen');
  });

  it('refuses a number longer than the server allows', async () => {
    renderWithProviders(<DecisionFormModal open onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('decision-number'), { target: { value: 'x'.repeat(61) } });
    fireEvent.click(screen.getByTestId('decision-submit'));
    await waitFor(() => expect(within(dialog).getByText('Tối đa 60 ký tự.')).toBeTruthy());
  });

  it("shows the server's duplicate-number error next to the number and stays open", async () => {
    let sent: unknown;
    const mocks = [
      {
        request: { query: CreateDecisionDocument, variables: (variables: unknown) => ((sent = variables), true) },
        result: {
          data: {
            createDecision: {
              __typename: 'DecisionPayload',
              decision: null,
              userErrors: [{ __typename: 'UserError', field: ['number'], code: 'DUPLICATE', message: 'Cơ quan ban hành này đã có quyết định số 12/QĐ-UBND.' }],
            },
          },
        },
      },
    ];
    renderWithProviders(<DecisionFormModal open onClose={() => {}} />, { mocks });
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByTestId('decision-number'), { target: { value: '12/QĐ-UBND' } });
    fireEvent.change(within(dialog).getByTestId('decision-issuer'), { target: { value: 'UBND thành phố Hải Phòng' } });
    fireEvent.change(within(dialog).getByTestId('decision-subject'), { target: { value: 'Về việc tặng Bằng khen' } });
    fireEvent.click(screen.getByTestId('decision-submit'));
    await waitFor(() => expect(within(dialog).getByText('Cơ quan ban hành này đã có quyết định số 12/QĐ-UBND.')).toBeTruthy());
    expect(sent).toEqual({
      input: {
        number: '12/QĐ-UBND',
        issuedOn: null,
        issuer: 'UBND thành phố Hải Phòng',
        issuerLevel: 'PROVINCE',
        signer: null,
        signerTitle: null,
        subject: 'Về việc tặng Bằng khen',
        note: null,
      },
    });
    expect((within(dialog).getByTestId('decision-issuer') as HTMLInputElement).value).toBe('UBND thành phố Hải Phòng');
  });
});

describe('decision page', () => {
  const decision = {
    __typename: 'Decision',
    id: 'RGVjOjE=',
    number: '889/QĐ-UBND',
    issuedOn: '2023-04-10',
    issuer: 'UBND thành phố Hải Phòng',
    issuerLevel: 'PROVINCE',
    signer: null,
    signerTitle: null,
    subject: 'Về việc tặng Cờ thi đua',
    note: null,
    version: 5,
  };
  const empty = {
    __typename: 'CommendationConnection',
    totalCount: 0,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    nodes: [],
  };
  const mocks = (deleted?: (v: unknown) => void) =>
    [
      { request: { query: DecisionPageDocument, variables: { id: decision.id } }, result: { data: { decision } } },
      { request: { query: DecisionCommendationsDocument, variables: () => true }, result: { data: { commendations: empty } }, maxUsageCount: Infinity },
      {
        request: { query: DeleteDecisionDocument, variables: (v: unknown) => (deleted?.(v), true) },
        result: { data: { deleteDecision: { __typename: 'DeleteDecisionPayload', deletedId: decision.id, userErrors: [], conflict: null } } },
      },
    ] as never[];
  const page = (
    <Routes>
      <Route path="/decisions/:id" element={<DecisionPage />} />
      <Route path="/decisions" element={<div>Danh sách quyết định</div>} />
    </Routes>
  );

  it('lets the Board delete the decision with the version shown, saying when it cannot, then goes back to the list', async () => {
    let sent: unknown;
    renderWithProviders(page, { mocks: mocks((v) => (sent = v)), route: `/decisions/${decision.id}`, viewer: viewerOf('BOARD_OFFICER') });
    fireEvent.click(await screen.findByTestId('delete-decision'));
    expect(await screen.findByText(/khen hay thu hồi theo quyết định này/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('delete-decision-confirm'));
    await screen.findByText('Danh sách quyết định');
    expect(sent).toEqual({ id: decision.id, expectedVersion: 5 });
  });

  it('shows neither edit nor delete to a bloc officer or an analyst', async () => {
    for (const viewer of [viewerOf('BLOC_OFFICER', { bloc: { id: 'QmxvYzox', name: 'Khối' } }), viewerOf('ANALYST')]) {
      const { unmount } = renderWithProviders(page, { mocks: mocks(), route: `/decisions/${decision.id}`, viewer });
      await screen.findByText('Về việc tặng Cờ thi đua');
      expect(screen.queryByTestId('delete-decision')).toBeNull();
      expect(screen.queryByTestId('edit-decision')).toBeNull();
      unmount();
    }
  });
});
