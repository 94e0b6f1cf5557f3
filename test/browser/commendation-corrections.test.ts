import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { pickOption } from './support/select.js';
import { browserSession } from './support/session.js';

/**
 * The Board officer corrects commendations from the list, with the demo data: edits one, revokes
 * one by a decision with a reason, marks one presented at a conference, deletes one after the
 * confirmation, and finds the edit in the commendation's own page and history.
 */
const session = browserSession({ user: 'can_bo_ban' });

const EDITED = 'Dẫn đầu phong trào thi đua năm (đã sửa theo quyết định gốc)';
const REASON = 'kê khai thành tích không đúng';
const PRESENTER = 'Phó Trưởng ban Ban Thi đua – Khen thưởng thành phố';

/** The link of each listed commendation to its page, in list order. */
async function commendationLinks(page: Page): Promise<string[]> {
  const links = page.locator('.ant-table-row a[href^="/commendations/"]');
  await links.first().waitFor();
  return links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
}

const rowOf = (page: Page, href: string): Locator => page.locator('.ant-table-row', { has: page.locator(`a[href="${href}"]`) });

async function choose(page: Page, row: Locator, action: string): Promise<void> {
  await row.getByTestId('commendation-actions').click();
  await page.getByTestId(`commendation-action-${action}`).filter({ visible: true }).click();
}

let links: string[] = [];

describe('the Board corrects commendations', () => {
  it('edits one from the list: only the achievement changes', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/commendations');
    await page.getByRole('heading', { name: 'Khen thưởng' }).waitFor();
    links = await commendationLinks(page);
    expect(links.length).toBeGreaterThanOrEqual(4);
    const row = rowOf(page, links[0]);
    await choose(page, row, 'edit');
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('commendation-achievement').fill(EDITED);
    await browser.screenshot('commendation-edit');
    await dialog.getByTestId('commendation-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText(EDITED).waitFor();
  });

  it('revokes one by a decision, with a reason', async () => {
    const { browser } = await session();
    const { page } = browser;
    const row = rowOf(page, links[1]);
    await choose(page, row, 'revoke');
    const dialog = page.getByRole('dialog');
    await pickOption(page, dialog.getByTestId('revoke-decision'), '889/QĐ-UBND', '889');
    await dialog.getByTestId('revoke-reason').fill(REASON);
    // The decision's date becomes the revocation date.
    await dialog.getByTestId('revoke-decision-issued').filter({ hasText: '889/QĐ-UBND – 31/03/2022' }).waitFor();
    expect(await dialog.getByTestId('revoke-date').inputValue()).toBe('31/03/2022');
    await browser.screenshot('commendation-revoke');
    await dialog.getByTestId('revoke-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Đã thu hồi').waitFor();
  });

  it('marks one presented at a conference, by whom', async () => {
    const { browser } = await session();
    const { page } = browser;
    const row = rowOf(page, links[2]);
    await choose(page, row, 'present');
    const dialog = page.getByRole('dialog');
    await pickOption(page, dialog.getByTestId('present-event'), 'Hội nghị', 'Hội nghị');
    await dialog.getByTestId('present-by').fill(PRESENTER);
    await dialog.getByTestId('present-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Đã trao tặng').waitFor();
  });

  it('deletes one after the confirmation says what goes', async () => {
    const { browser } = await session();
    const { page } = browser;
    // A 2019 award: the 2022 ones are recorded by their dossiers' lines, and a commendation a dossier records is not deleted behind it.
    await page.goto('/commendations?year=2019');
    const [entered] = await commendationLinks(page);
    links[3] = entered!;
    const total = Number((await page.getByText(/^Tổng số: \d+$/).innerText()).replace(/\D/g, ''));
    const row = rowOf(page, links[3]);
    await choose(page, row, 'delete');
    const confirm = page.getByRole('dialog').filter({ hasText: 'Xóa khen thưởng này?' });
    await confirm.getByText(/chỉ dùng khi nhập nhầm/).waitFor();
    await browser.screenshot('commendation-delete-confirm');
    await page.getByTestId('commendation-delete-confirm').click();
    await row.waitFor({ state: 'detached' });
    expect(await page.locator(`a[href="${links[3]}"]`).count()).toBe(0);
    // The list is read again: one fewer in its total.
    await page.getByText(`Tổng số: ${total - 1}`).waitFor();
    await page.getByText('Đã xóa').waitFor({ state: 'detached' });
    await browser.screenshot('commendation-list-after');
  });

  it('finds the revocation and the edit on the commendations’ own pages, with their history', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto(links[1]);
    await page.getByTestId('commendation-revocation').filter({ hasText: REASON }).waitFor();
    expect(await page.getByTestId('commendation-status').innerText()).toBe('Đã thu hồi');
    await page
      .getByTestId('commendation-summary')
      .getByRole('link', { name: /889\/QĐ-UBND/ })
      .waitFor();
    // A revoked commendation is no longer edited (the server refuses it).
    expect(await page.getByTestId('edit-commendation').count()).toBe(0);

    await page.goto(links[0]);
    const summary = page.getByTestId('commendation-summary');
    await summary.getByText(EDITED).waitFor();
    await browser.screenshot('commendation-page');
    const timeline = page.getByTestId('history-timeline');
    await timeline.locator('[data-testid="history-event"][data-action="UPDATE"]').first().waitFor();
    await browser.screenshot('commendation-page');
  });
});
