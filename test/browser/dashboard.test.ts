import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.js';

/** The officer's first screen against the real server and the demo data (the source articles), signed in as the Board officer. */
const session = browserSession({ user: 'can_bo_ban' });

const thisYear = new Date().getFullYear();

describe('dashboard', () => {
  it('shows commendations per year and award type, the latest decisions, this year’s covenants and blocs without a head', async () => {
    const { browser } = await session();
    const { page } = browser;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/');
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();

    // Stacked bars drawn by recharts, and the table under them (Vietnamese number format).
    const chart = page.getByTestId('commendation-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    const table = page.getByTestId('commendation-table');
    const merit = table.locator('tr', { hasText: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố' });
    // Years 2019–2022 (gaps filled): 2019: 1, 2022: 4, total 5.
    expect(await merit.locator('td').allInnerTexts()).toEqual(['Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố', '1', '0', '0', '4', '5']);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Danh hiệu, hình thức', '2019', '2020', '2021', '2022', 'Tổng']);

    // Latest decisions: dated first, newest first.
    const decisions = page.getByTestId('dashboard-decisions');
    const firstDecision = decisions.getByRole('link').filter({ hasText: '889/QĐ-UBND' });
    expect(await firstDecision.innerText()).toBe('889/QĐ-UBND · 31/03/2022');

    // This year: the demo data has no covenant after 2023 and no bloc head after 2023.
    const covenants = page.getByTestId('dashboard-covenants');
    expect(await covenants.locator('.ant-card-head-title').innerText()).toBe(`Giao ước thi đua năm ${thisYear}`);
    if (thisYear > 2023) await covenants.getByText('Chưa có giao ước nào cho năm này.').waitFor();
    const headless = page.getByTestId('dashboard-headless-blocs');
    expect(await headless.getByTestId('dashboard-headless-bloc').count()).toBe(8);

    await browser.screenshot('dashboard');
    // GraphiQL (Monaco) is not part of the first screen.
    expect(scripts.filter((url) => /GraphiQL|monaco|worker/i.test(url))).toEqual([]);
  });

  it('looks at another year from the year selector, kept in the URL', async () => {
    const { browser } = await session();
    const { page } = browser;
    const years: string[] = [];
    const onRequest = (request: { url(): string; postData(): string | null }) => {
      const body = request.postData() ?? '';
      if (request.url().endsWith('/graphql') && body.includes('DashboardPage')) years.push(JSON.parse(body).variables.year);
    };
    page.on('request', onRequest);
    await page.getByTestId('year-select').click();
    await page.locator('.ant-select-item-option', { hasText: /^2023$/ }).click();
    await page.waitForURL(/\?year=2023$/);

    const covenants = page.getByTestId('dashboard-covenants');
    const signed = covenants.getByTestId('dashboard-covenant').filter({ hasText: 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố' });
    await signed.getByText('5/5 đơn vị đã ký').waitFor();
    expect(await covenants.getByTestId('dashboard-covenant').count()).toBe(3);

    // The business associations' bloc had a head in 2023 (the SME association): not listed.
    const headless = page.getByTestId('dashboard-headless-blocs');
    await headless.locator('.ant-card-head-title', { hasText: 'năm 2023' }).waitFor();
    expect(await headless.getByTestId('dashboard-headless-bloc').count()).toBe(7);
    expect(await headless.getByText('Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố').count()).toBe(0);
    await browser.screenshot('dashboard-2023');
    // One request for the new year, no back-and-forth between the two years.
    await page.waitForTimeout(500);
    page.off('request', onRequest);
    expect(years).toEqual([2023]);

    // A reload keeps the year; the covenant links to its page.
    await page.reload();
    await signed.getByText('5/5 đơn vị đã ký').waitFor();
    const link = signed.getByRole('link', { name: 'Giao ước thi đua năm 2023' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/covenants\/.+/);
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
  });

  it('opens a decision from the latest decisions', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/');
    const link = page.getByTestId('dashboard-decisions').getByRole('link').filter({ hasText: '889/QĐ-UBND' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/decisions\/.+/);
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(browser.problems).toEqual([]);
  });
});
