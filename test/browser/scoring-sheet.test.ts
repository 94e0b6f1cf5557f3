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
 * A covenant of B's bloc for 2024 in self-assessment, with one qualitative criterion of 10 points:
 * run as the Board through the API (drafted, signed by every member, started), as a bloc would.
 * The demo's own 2023 covenant has already been scored and voted on.
 */
async function findSheet(page: Page): Promise<Found> {
  return page.evaluate(async (unitName) => {
    const gql = async (query: string, variables: object = {}) => {
      const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      const payload = Object.values(body.data)[0] as { userErrors?: { message: string }[] };
      if (payload?.userErrors?.length) throw new Error(payload.userErrors[0]!.message);
      return body.data;
    };
    const units = await gql(`query($q: String!) { units(search: $q, first: 1) { nodes { blocMemberships { bloc { id } } } } }`, { q: unitName });
    const blocId = units.units.nodes[0].blocMemberships[0].bloc.id;
    const created = await gql(`mutation($input: CreateCovenantInput!) { createCovenant(input: $input) { covenant { id } userErrors { message } } }`, {
      input: { blocId, year: 2024, title: 'Giao ước thi đua năm 2024 (chấm thử)' },
    });
    const id = created.createCovenant.covenant.id;
    const added = await gql(
      `mutation($input: AddCovenantCriterionInput!) { addCovenantCriterion(input: $input) { criterion { number } userErrors { message } } }`,
      { input: { covenantId: id, title: 'Hoàn thành nhiệm vụ chuyên môn', kind: 'QUALITATIVE', maxScore: 10 } },
    );
    const step = (to: string) =>
      gql(`mutation($input: TransitionCovenantInput!) { transitionCovenant(input: $input) { covenant { id } userErrors { message } } }`, { input: { id, to } });
    await step('IN_COMMENT');
    await step('READY_TO_SIGN');
    const members = await gql(`query($id: ID!) { covenant(id: $id) { ranking { rows { unit { id } } } } }`, { id });
    for (const row of members.covenant.ranking.rows) {
      await gql(`mutation($input: SignCovenantInput!) { signCovenant(input: $input) { signature { id } userErrors { message } } }`, {
        input: { covenantId: id, unitId: row.unit.id, signedOn: '2024-03-01' },
      });
    }
    for (const to of ['SIGNED', 'IN_PROGRESS', 'SELF_ASSESSMENT']) await step(to);
    return { id, number: added.addCovenantCriterion.criterion.number };
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

    // B submits the unit's sheet (it locks for B); review opens for A.
    await b.getByTestId(`sheet-${WOMEN}`).getByTestId('sheet-transition-SUBMIT').click();
    await a.getByTestId(`sheet-${WOMEN}`).getByTestId('sheet-status').filter({ hasText: 'Đã nộp' }).waitFor({ timeout: 15_000 });
    await browsers[0].screenshot('scoring-2b-board-sees-submitted');

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
