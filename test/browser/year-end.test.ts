import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.js';

/**
 * The demo's 2023 year of the Hải Phòng associations bloc, as its bloc officer sees it: the
 * covenant proposed, every unit's sheet final, the ranking with the 2022 leader excluded and a
 * tie, both closed ballots, and the printable minutes with counts only.
 */
const session = browserSession({ user: 'can_bo_khoi' });

describe('the bloc’s year-end in the web app', () => {
  it('shows the covenant’s ranking and closed ballots, and prints the minutes', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/covenants?search=giao+uoc+thi+dua+nam+2023');
    await page.getByRole('link', { name: 'Giao ước thi đua năm 2023', exact: true }).first().click();
    await page.getByTestId('covenant-title').waitFor();
    expect(await page.getByTestId('workflow-status').textContent()).toBe('Đã đề nghị khen thưởng');
    const ranking = page.getByTestId('ranking-table');
    await ranking.getByText('Hiệp hội Doanh nghiệp nhỏ và vừa thành phố').first().waitFor();
    await ranking.getByText(/dẫn đầu hai năm liên tiếp/).waitFor();
    expect(await ranking.getByText('(đồng hạng)').count()).toBeGreaterThan(0);
    await browser.screenshot('year-end-1-covenant');

    const minutesLinks = page.getByTestId('session-minutes');
    expect(await minutesLinks.count()).toBe(2);
    await minutesLinks.first().click();
    const doc = page.getByTestId('minutes-document');
    await doc.waitFor();
    const text = (await doc.textContent()) ?? '';
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('KHỐI THI ĐUA LIÊN HIỆP HỘI');
    expect(text).toContain('ngày 20 tháng 12 năm 2023');
    expect(text).toContain('5/5');
    await browser.screenshot('year-end-2-minutes');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-minutes').isVisible()).toBe(false);
    await browser.screenshot('year-end-3-minutes-print');
  });
});
