import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSessions } from './support/session.js';

/**
 * Two officers on the same scoring sheet: the unit's own officer (B) self-scores a cell of their
 * column with the keyboard; the Board officer (A), on the same sheet, sees the value and the
 * recomputed score arrive without reloading, and sees B there. A then reviews the cell and B sees it.
 */
const sessions = browserSessions(['can_bo_ban', 'can_bo_don_vi']);

const WOMEN = 'Hội Nữ Doanh nhân Hải Phòng';

interface Found {
  id: string;
  number: string;
}

/**
 * A covenant where B's unit is a member, and one of its qualitative criteria without sub-criteria
 * (the demo's kind); run as the Board, which gives it 10 points (the demo's criteria have no score yet).
 */
async function findSheet(page: Page): Promise<Found> {
  return page.evaluate(async (unitName) => {
    const query = `{ covenants(first: 50) { nodes { id criteria { id number kind maxScore parent { id } } ranking { rows { unit { name } } } } } }`;
    const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const nodes = (await response.json()).data.covenants.nodes as {
      id: string;
      criteria: { id: string; number: string; kind: string; maxScore: number | null; parent: { id: string } | null }[];
      ranking: { rows: { unit: { name: string } }[] };
    }[];
    for (const covenant of nodes) {
      if (!covenant.ranking.rows.some((row) => row.unit.name === unitName)) continue;
      const parents = new Set(covenant.criteria.map((c) => c.parent?.id));
      const leaf = covenant.criteria.find((c) => c.kind === 'QUALITATIVE' && !parents.has(c.id));
      if (!leaf) continue;
      const update = `mutation { updateCovenantCriterion(input: { id: "${leaf.id}", maxScore: 10 }) { userErrors { message } } }`;
      const answer = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: update }) });
      const errors = (await answer.json()).data.updateCovenantCriterion.userErrors;
      if (errors.length) throw new Error(errors[0].message);
      return { id: covenant.id, number: leaf.number };
    }
    throw new Error('no covenant with a qualitative criterion for the unit');
  }, WOMEN);
}

describe('two officers on one scoring sheet', () => {
  it('each sees the other’s score arrive live', async () => {
    const { browsers } = await sessions();
    const [a, b] = browsers.map((browser) => browser.page);
    await a.goto('/');
    const { id, number } = await findSheet(a);
    const path = `/covenants/${encodeURIComponent(id)}/scoring`;
    await a.goto(path);
    await b.goto(path);
    const cellOf = (page: Page) => page.getByTestId(`cell-${number}-${WOMEN}`);
    await cellOf(a).waitFor();
    await cellOf(b).waitFor();

    // B (the unit officer) starts in self-scoring; A sees B on the page.
    await b.getByTestId('sheet-mode').getByText('Tự chấm').waitFor();
    await a
      .getByTestId('scoring-title')
      .locator('.ant-avatar')
      .and(a.getByLabel(/^Phạm Thu Hà .* đang xem$/))
      .waitFor();

    // "d" (đạt) on the cell starts editing with "met"; Enter saves.
    await cellOf(b).click();
    await b.keyboard.press('d');
    await cellOf(b).getByTestId('edit-met').waitFor();
    await b.keyboard.press('Enter');
    await cellOf(b).getByText('Đạt', { exact: true }).waitFor();
    await browsers[1].screenshot('scoring-1-unit-self-scores');

    // A's sheet follows without reloading.
    await cellOf(a).getByText('Đạt', { exact: true }).waitFor({ timeout: 15_000 });
    await browsers[0].screenshot('scoring-2-board-sees-it-live');

    // A reviews the same cell; bad input first is refused on the cell.
    await a.getByTestId('sheet-mode').getByText('Thẩm định').click();
    await cellOf(a).click();
    await a.keyboard.press('Enter');
    await a.keyboard.type('-3');
    await a.keyboard.press('Enter');
    await cellOf(a).getByTestId('cell-error').filter({ hasText: 'Không được âm.' }).waitFor();
    await browsers[0].screenshot('scoring-3-bad-input');
    await cellOf(a).getByTestId('edit-reviewScore').fill('0,5');
    await a.keyboard.press('Enter');
    await cellOf(a).getByTestId('cell-review').filter({ hasText: 'TĐ 0,50' }).waitFor();

    await cellOf(b).getByTestId('cell-review').filter({ hasText: 'TĐ 0,50' }).waitFor({ timeout: 15_000 });
    await browsers[1].screenshot('scoring-4-unit-sees-review');
    expect(await cellOf(b).getByTestId('cell-error').count()).toBe(0);
  });
});
