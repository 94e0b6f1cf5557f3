import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { EnterReviewScoreDocument, ScoringSheetDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { viewerOf } from '../../test/viewers';
import { Component as ScoringSheetPage } from './ScoringSheetPage';
import { covenantOf, units } from './sheetFixtures';

const sheetMock = {
  request: { query: ScoringSheetDocument, variables: { id: 'Q292OjE=' } },
  result: { data: { covenant: covenantOf({ id: 'a1', version: 3, reviewScore: 7 }) } },
};

/** A review save answering with `answer` (the sheet after it, or a conflict); records what was sent. */
function reviewMock(sent: unknown[], answer: (input: Record<string, unknown>) => object) {
  let last: Record<string, unknown> = {};
  return {
    request: { query: EnterReviewScoreDocument, variables: (v: { input: Record<string, unknown> }) => (sent.push(v.input), (last = v.input), true) },
    result: () => ({ data: { enterReviewScore: { __typename: 'CovenantAssessmentPayload', ...answer(last) } } }),
  };
}
const saved = (reviewScore: number, version: number) => ({
  assessment: {
    __typename: 'CovenantAssessment',
    id: 'a1',
    criterion: { __typename: 'CovenantCriterion', id: 'c11', covenant: covenantOf({ id: 'a1', version, reviewScore }) },
  },
  userErrors: [],
  conflict: null,
});

const cell = (number: string, unit: string) => screen.getByTestId(`cell-${number}-${unit}`);
const A = units.a.name;
const B = units.b.name;

async function open(mocks: object[], viewer = viewerOf('ADMIN')) {
  renderWithProviders(<ScoringSheetPage />, { mocks: mocks as never[], route: '/covenants/Q292OjE=/scoring', path: '/covenants/:id/scoring', viewer });
  await screen.findByTestId('scoring-grid');
}

describe('the scoring sheet', () => {
  it('shows parents as sums, inputs by kind, scores with two decimals (comma) and units as columns', async () => {
    await open([sheetMock]);
    expect(screen.getAllByTestId('sheet-unit').map((th) => th.textContent)).toEqual([A, B]);
    expect(cell('1', A).textContent).toContain('9,00 / 15,00');
    expect(cell('1.1', A).textContent).toContain('CT — · TH —');
    expect(within(cell('1.1', A)).getByTestId('cell-review').textContent).toContain('TĐ 7,00');
    expect(within(cell('1.1', A)).getByTestId('cell-score').textContent).toBe('5,00');
  });

  it('moves over the leaf cells with arrows, Tab and Home/End, skipping parent rows', async () => {
    await open([sheetMock]);
    const first = cell('1.1', A);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(cell('1.1', B)));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(cell('1.2', B)));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    await waitFor(() => expect(document.activeElement).toBe(cell('2', A)));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(cell('2', B)));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp', ctrlKey: false });
    await waitFor(() => expect(cell('1.2', B).getAttribute('aria-selected')).toBe('true'));
    expect(cell('1', A).getAttribute('tabindex')).toBeNull();
  });

  it('edits by typing, saves on Enter with the version shown, then moves down', async () => {
    const sent: unknown[] = [];
    await open([sheetMock, reviewMock(sent, () => saved(8.5, 4))]);
    const target = cell('1.1', A);
    target.focus();
    fireEvent.keyDown(target, { key: '8' });
    const input = within(cell('1.1', A)).getByTestId('edit-reviewScore') as HTMLInputElement;
    expect(input.value).toBe('8');
    fireEvent.change(input, { target: { value: '8,5' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(within(cell('1.1', A)).getByTestId('cell-review').textContent).toContain('TĐ 8,50'));
    expect(sent).toEqual([{ criterionId: 'c11', unitId: 'u1', reviewScore: 8.5, expectedVersion: 3 }]);
    await waitFor(() => expect(document.activeElement).toBe(cell('1.2', A)));
  });

  it('refuses bad input on the cell in Vietnamese and sends nothing; Escape gives the old value back', async () => {
    const sent: unknown[] = [];
    await open([sheetMock, reviewMock(sent, () => saved(1, 4))]);
    cell('1.1', A).focus();
    fireEvent.keyDown(cell('1.1', A), { key: 'Enter' });
    const input = within(cell('1.1', A)).getByTestId('edit-reviewScore');
    for (const [typed, error] of [
      ['-1', 'Không được âm.'],
      ['11', 'Phải từ 0 đến 10.'],
      ['abc', 'Không phải là số (dùng dấu phẩy cho phần thập phân, ví dụ 12,5).'],
    ]) {
      fireEvent.change(input, { target: { value: typed } });
      fireEvent.keyDown(input, { key: 'Enter' });
      expect((await within(cell('1.1', A)).findByTestId('cell-error')).textContent).toBe(error);
    }
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(within(cell('1.1', A)).getByTestId('cell-review').textContent).toContain('TĐ 7,00'));
    expect(sent).toEqual([]);
  });

  it('shows the other officer’s value on a conflict, and sends mine again at their version when kept', async () => {
    const sent: unknown[] = [];
    const conflict = {
      assessment: null,
      userErrors: [{ __typename: 'UserError', field: ['expectedVersion'], message: 'Xung đột phiên bản', code: 'CONFLICT' }],
      conflict: {
        __typename: 'Conflict',
        kind: 'EDITED',
        currentVersion: 5,
        changedBy: ['Lê Văn Cường'],
        fields: [{ __typename: 'FieldConflict', field: 'reviewScore', base: 7, theirs: 9, yours: 6 }],
        current: { __typename: 'CovenantAssessment', id: 'a1', version: 5 },
      },
    };
    await open([sheetMock, reviewMock(sent, () => conflict), reviewMock(sent, () => saved(6, 6))]);
    cell('1.1', A).focus();
    fireEvent.keyDown(cell('1.1', A), { key: '6' });
    fireEvent.keyDown(within(cell('1.1', A)).getByTestId('edit-reviewScore'), { key: 'Enter' });
    const dialog = await screen.findByTestId('merge-dialog');
    expect(within(dialog).getByTestId('merge-theirs').textContent).toBe('9');
    expect(within(dialog).getByTestId('merge-yours').textContent).toBe('6');
    expect(screen.getAllByText(/Lê Văn Cường/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByTestId('merge-save'));
    await waitFor(() => expect(within(cell('1.1', A)).getByTestId('cell-review').textContent).toContain('TĐ 6,00'));
    expect(sent).toEqual([
      { criterionId: 'c11', unitId: 'u1', reviewScore: 6, expectedVersion: 3 },
      { criterionId: 'c11', unitId: 'u1', reviewScore: 6, expectedVersion: 5 },
    ]);
  });

  it('lets a unit officer self-score only their own column, and review nothing', async () => {
    await open([sheetMock], viewerOf('UNIT_OFFICER', { unit: units.b }));
    expect(screen.getByTitle('Tự chấm').closest('.ant-segmented-item-selected')).toBeTruthy();
    expect(cell('1.1', A).getAttribute('aria-readonly')).toBe('true');
    expect(cell('1.1', B).getAttribute('aria-readonly')).toBe('false');
    cell('1.1', A).focus();
    fireEvent.keyDown(cell('1.1', A), { key: 'Enter' });
    expect(within(cell('1.1', A)).queryByRole('textbox')).toBeNull();
    fireEvent.keyDown(cell('1.1', A), { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(cell('1.1', B)));
    fireEvent.keyDown(cell('1.1', B), { key: 'Enter' });
    expect(within(cell('1.1', B)).getByTestId('edit-actualValue')).toBeTruthy();
    expect(within(cell('1.1', B)).getByTestId('edit-notAssigned')).toBeTruthy();
    fireEvent.keyDown(within(cell('1.1', B)).getByTestId('edit-actualValue'), { key: 'Escape' });
    fireEvent.click(screen.getByTitle('Thẩm định'));
    await waitFor(() => expect(cell('1.1', B).getAttribute('aria-readonly')).toBe('true'));
  });
});
