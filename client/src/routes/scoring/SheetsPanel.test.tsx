import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TransitionCovenantSheetDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { SheetsPanel } from './SheetsPanel';

const option = (name: string, to: string, label: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'CovenantSheetTransitionOption',
  name,
  to,
  label,
  reasonRequired: false,
  allowed: true,
  blockers: [],
  ...extra,
});
const sheet = (id: string, name: string, status: string, allowedTransitions: unknown[], extra: object = {}) => ({
  __typename: 'CovenantSheet',
  id,
  version: 2,
  status,
  overdue: false,
  unit: { __typename: 'Unit', id: `u-${id}`, name },
  reviewerUnit: null,
  submittedBy: null,
  submittedAt: null,
  reviewedBy: null,
  reviewedAt: null,
  finalizedBy: null,
  finalizedAt: null,
  allowedTransitions,
  ...extra,
});

describe('the units’ sheets on the scoring page', () => {
  it('shows each stage, overdue, who submitted; a blocked step says why; returning asks for the reason and sends it with the version', async () => {
    const sent: Record<string, unknown>[] = [];
    const mocks = [
      {
        request: { query: TransitionCovenantSheetDocument, variables: (v: { input: Record<string, unknown> }) => (sent.push(v.input), true) },
        result: { data: { transitionCovenantSheet: { __typename: 'CovenantSheetPayload', sheet: null, userErrors: [], conflict: null } } },
      },
    ];
    const sheets = [
      sheet(
        's1',
        'Hội Doanh nhân trẻ',
        'DRAFT',
        [
          option('SUBMIT', 'SUBMITTED', 'Nộp bảng tự chấm', {
            allowed: false,
            blockers: [{ __typename: 'UserError', field: ['to'], code: 'SELF_SCORES_MISSING', message: 'Còn 2 tiêu chí chưa tự chấm.' }],
          }),
        ],
        { overdue: true },
      ),
      sheet(
        's2',
        'Hội Nữ Doanh nhân',
        'SUBMITTED',
        [option('RETURN', 'DRAFT', 'Trả lại để chấm lại', { reasonRequired: true }), option('COMPLETE_REVIEW', 'REVIEWED', 'Hoàn thành thẩm định')],
        {
          submittedBy: 'Phạm Thu Hà (can_bo_don_vi)',
          submittedAt: '2024-12-01T02:00:00.000Z',
        },
      ),
    ];
    renderWithProviders(<SheetsPanel sheets={sheets as never} mayAssign={false} />, { mocks });
    const young = await screen.findByTestId('sheet-Hội Doanh nhân trẻ');
    expect(within(young).getByTestId('sheet-status').textContent).toBe('Đang tự chấm');
    expect(within(young).getByText('Quá hạn')).toBeTruthy();
    expect((within(young).getByTestId('sheet-transition-SUBMIT') as HTMLButtonElement).disabled).toBe(true);

    const women = screen.getByTestId('sheet-Hội Nữ Doanh nhân');
    expect(within(women).getByText(/Nộp: Phạm Thu Hà \(can_bo_don_vi\)/)).toBeTruthy();
    fireEvent.click(within(women).getByTestId('sheet-transition-RETURN'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'Thiếu minh chứng tiêu chí 2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chuyển trạng thái' }));
    await waitFor(() => expect(sent).toEqual([{ id: 's2', to: 'DRAFT', reason: 'Thiếu minh chứng tiêu chí 2', expectedVersion: 2 }]));
  });
});
