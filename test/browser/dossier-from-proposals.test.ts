import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.js';

/**
 * The bloc officer of the Hải Phòng associations bloc turns the proposals of the demo 2023
 * covenant's closed ballots into one nomination dossier and lands on it; the covenant then shows
 * each proposal in that dossier.
 */
const session = browserSession({ user: 'can_bo_khoi' });

describe('a dossier from the vote’s proposals', () => {
  it('is made by the bloc officer from the covenant page and opens', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/covenants?search=giao+uoc+thi+dua+nam+2023');
    await page.getByRole('link', { name: 'Giao ước thi đua năm 2023', exact: true }).first().click();
    const card = page.getByTestId('proposals-card');
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    await browser.screenshot('proposals-1-covenant');
    await card.getByTestId('create-dossier-from-proposals').click();
    await page.waitForURL(/\/dossiers\/[^/]+$/);
    const title = await page.getByTestId('dossier-title').textContent();
    expect(title).toMatch(/^HS-/);
    await page.getByTestId('dossier-lines').waitFor();
    expect(await page.getByTestId('dossier-lines').locator('.ant-table-row').count()).toBeGreaterThan(0);
    await browser.screenshot('proposals-2-dossier');
  });
});
