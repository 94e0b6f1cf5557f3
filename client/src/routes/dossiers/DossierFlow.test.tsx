import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AppraiseDossierLineDocument, ApproveDossierDocument, CreateDossierFromProposalsDocument } from '../../gql/graphql';
import type { DossierLines_LineFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { AppraiseLineModal } from './AppraiseLineModal';
import { ApproveDossierModal } from './ApproveDossierModal';
import { buildLine, buildProposal } from './flowFixtures';
import { ProposalsCard } from './ProposalsCard';

const board = viewerOf('BOARD_OFFICER');
const dialog = () => within(screen.getAllByRole('dialog')[0]);
const ok = async (label: string) => {
  await act(async () => {
    fireEvent.click(dialog().getByRole('button', { name: label }));
  });
};
const type = (testId: string, value: string) => fireEvent.change(dialog().getByTestId(testId), { target: { value } });

describe('appraising a line', () => {
  it('asks for the override reason only when the result contradicts the engine, and sends it with the version', async () => {
    const line = buildLine();
    const input = { lineId: line.id, result: 'ELIGIBLE', note: 'Đã xem hồ sơ', overrideReason: 'Thành tích đặc biệt năm 2023', expectedVersion: 3 };
    const appraised = buildLine({ version: 4, appraisalResult: 'ELIGIBLE', appraisalNote: input.note, appraisalOverrideReason: input.overrideReason });
    const mocks = [
      {
        request: { query: AppraiseDossierLineDocument, variables: { input } },
        result: { data: { appraiseDossierLine: { __typename: 'DossierLinePayload', line: appraised, userErrors: [] } } },
      },
    ];
    let closed = false;
    renderWithProviders(<AppraiseLineModal line={line as unknown as DossierLines_LineFragment} onClose={() => (closed = true)} />, { mocks, viewer: board });
    expect(dialog().getByTestId('appraisal-engine').textContent).toContain('Điều kiện Cờ thi đua');
    // Agreeing with the engine (FAIL → not eligible) needs no reason.
    fireEvent.click(dialog().getByLabelText('Không đủ điều kiện'));
    expect(dialog().queryByTestId('appraisal-override')).toBeNull();
    // Going against it does.
    fireEvent.click(dialog().getByLabelText('Đủ điều kiện'));
    type('appraisal-note', 'Đã xem hồ sơ');
    expect(await dialog().findByTestId('appraisal-override')).toBeTruthy();
    await ok('Lưu');
    expect(await dialog().findByText('Cần nêu lý do.')).toBeTruthy();
    expect(closed).toBe(false);
    type('appraisal-override', 'Thành tích đặc biệt năm 2023');
    await ok('Lưu');
    await waitFor(() => expect(closed).toBe(true));
  });

  it('sends no override reason when the result agrees with the engine', async () => {
    const line = buildLine({ eligibility: { ...buildLine().eligibility, outcome: 'PASS' } });
    const input = { lineId: line.id, result: 'ELIGIBLE', note: null, overrideReason: null, expectedVersion: 3 };
    const mocks = [
      {
        request: { query: AppraiseDossierLineDocument, variables: { input } },
        result: { data: { appraiseDossierLine: { __typename: 'DossierLinePayload', line: { ...line, appraisalResult: 'ELIGIBLE' }, userErrors: [] } } },
      },
    ];
    let closed = false;
    renderWithProviders(<AppraiseLineModal line={line as unknown as DossierLines_LineFragment} onClose={() => (closed = true)} />, { mocks, viewer: board });
    fireEvent.click(dialog().getByLabelText('Đủ điều kiện'));
    expect(dialog().queryByTestId('appraisal-override')).toBeNull();
    await ok('Lưu');
    await waitFor(() => expect(closed).toBe(true));
  });
});

describe('approving a dossier', () => {
  it('sends the decision number, the date as a local date, the issuer, the signer and the version', async () => {
    const dossier = { id: 'RG9zc2llcjox', version: 7 };
    const input = {
      dossierId: dossier.id,
      decisionNumber: '512/QĐ-UBND',
      issuedOn: '2024-03-05',
      issuer: 'UBND thành phố Hải Phòng',
      signer: 'Nguyễn Văn A',
      expectedVersion: 7,
    };
    const mocks = [
      {
        request: { query: ApproveDossierDocument, variables: { input } },
        result: {
          data: {
            approveDossier: {
              __typename: 'DossierPayload',
              dossier: null,
              userErrors: [{ __typename: 'UserError', field: ['decisionNumber'], message: 'Số quyết định đã có.', code: 'DUPLICATE' }],
            },
          },
        },
      },
    ];
    renderWithProviders(<ApproveDossierModal dossier={dossier} open onClose={() => undefined} />, { mocks, viewer: board });
    type('approve-number', '512/QĐ-UBND');
    const date = dialog().getByTestId('approve-issued-on').closest('input') ?? (dialog().getByTestId('approve-issued-on') as HTMLInputElement);
    await act(async () => {
      fireEvent.focus(date);
      fireEvent.mouseDown(date);
      fireEvent.input(date, { target: { value: '05/03/2024' } });
      fireEvent.change(date, { target: { value: '05/03/2024' } });
    });
    await act(async () => {
      fireEvent.blur(date);
    });
    type('approve-issuer', 'UBND thành phố Hải Phòng');
    type('approve-signer', 'Nguyễn Văn A');
    await ok('Phê duyệt khen thưởng');
    // The server's refusal shows next to its field.
    expect(await dialog().findByText('Số quyết định đã có.')).toBeTruthy();
  });
});

describe('proposals of a covenant', () => {
  it('makes a dossier of the selected PROPOSED ones and opens it; those already in a dossier link to it', async () => {
    const proposals = [
      buildProposal('p1', 'Hiệp hội Doanh nghiệp nhỏ và vừa', 'PROPOSED'),
      buildProposal('p2', 'Hội Nữ Doanh nhân Hải Phòng', 'PROPOSED'),
      buildProposal('p3', 'Hội Doanh nhân trẻ', 'IN_DOSSIER', { id: 'd9', code: 'HS-2024-000009' }),
    ];
    const mocks = [
      {
        request: { query: CreateDossierFromProposalsDocument, variables: { input: { proposalIds: ['p2'] } } },
        result: {
          data: {
            createDossierFromProposals: { __typename: 'DossierPayload', dossier: { __typename: 'Dossier', id: 'd10', code: 'HS-2024-000010' }, userErrors: [] },
          },
        },
      },
    ];
    const bloc = { id: 'QmxvYzox', name: 'Khối Liên hiệp hội' };
    renderWithProviders(<ProposalsCard proposals={proposals as never} blocId={bloc.id} />, { mocks, viewer: viewerOf('BLOC_OFFICER', { bloc }) });
    expect(screen.getByTestId('proposal-dossier').textContent).toBe('HS-2024-000009');
    // Both PROPOSED ones come selected; the user drops the first.
    const p1 = screen.getByTestId('pick-p1') as HTMLInputElement;
    expect(p1.checked).toBe(true);
    expect((screen.getByTestId('pick-p3') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(p1);
    await act(async () => {
      fireEvent.click(screen.getByTestId('create-dossier-from-proposals'));
    });
    expect(await screen.findByText('Đã lập hồ sơ')).toBeTruthy();
  });

  it('offers no button to another bloc’s officer', () => {
    const proposals = [buildProposal('p1', 'Hiệp hội Doanh nghiệp nhỏ và vừa', 'PROPOSED')];
    renderWithProviders(<ProposalsCard proposals={proposals as never} blocId="QmxvYzox" />, {
      viewer: viewerOf('BLOC_OFFICER', { bloc: { id: 'other', name: 'Khối khác' } }),
    });
    expect(screen.queryByTestId('create-dossier-from-proposals')).toBeNull();
  });
});
