import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { browserSession } from './support/session.js';

/**
 * Lists, filters and the dashboard year show what the URL and the controls say, on the production
 * build: one change sends one request for the new variables (typing is debounced), the last answer
 * wins, and no request with the old variables follows. Signed in as the demo Board officer; the
 * steps build on each other, quickly, as an officer clicks.
 */
const session = browserSession({ user: 'can_bo_ban' });

const WOMEN = 'Hội Nữ Doanh nhân Hải Phòng';
const thisYear = new Date().getFullYear();

interface Sent {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * A slower machine, as many officers have: renders take longer, so a URL change still pending in
 * a transition meets re-renders of the page on screen (where lists used to flip between variables).
 */
async function slowCpu(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Every /graphql request the page sends (operation and variables), and every console warning or error. */
function record(page: Page) {
  const sent: Sent[] = [];
  const consoleProblems: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = JSON.parse(request.postData() ?? '{}') as Partial<Sent>;
    sent.push({ operationName: body.operationName ?? '', variables: body.variables ?? {} });
  });
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') consoleProblems.push(`${page.url()}: ${message.type()}: ${message.text()}`);
  });
  return { sent, consoleProblems, of: (operation: string, from = 0) => sent.slice(from).filter((s) => s.operationName === operation) };
}

async function waitFor(check: () => Promise<boolean>, what: string, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Lets answers and any late re-render requests arrive before counting. */
const settle = (page: Page) => page.waitForTimeout(1000);

const rowsOf = (page: Page): Locator => page.locator('.ant-table-tbody tr.ant-table-row');

describe('lists, filters and the dashboard year', () => {
  it('search as you type on the units: one request for the typed search, only matching units', async () => {
    const { browser } = await session();
    const { page } = browser;
    await slowCpu(page);
    const log = record(page);
    await page.goto('/units');
    await page.getByRole('heading', { name: 'Đơn vị' }).waitFor();
    await waitFor(async () => (await rowsOf(page).count()) > 1, 'the units');
    const before = log.sent.length;

    const search = page.getByTestId('list-search');
    const input = (await search.evaluate((el) => el.tagName)) === 'INPUT' ? search : search.locator('input');
    await input.pressSequentially('hoi nu doanh nhan', { delay: 40 });
    await page.waitForURL(/q=hoi\+nu\+doanh\+nhan/);
    await waitFor(async () => (await rowsOf(page).count()) === 1, 'one unit');
    await settle(page);

    expect(await rowsOf(page).first().innerText()).toContain(WOMEN);
    expect(await page.getByTestId('total-count').innerText()).toBe('Tổng số: 1');
    const units = log.of('UnitsPage', before);
    expect(units.map((s) => s.variables.search)).toEqual(['hoi nu doanh nhan']);
    await browser.screenshot('lists-1-units-search');

    // Back to the whole list: the search box follows the URL, the list asks once.
    const beforeBack = log.sent.length;
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/units' && !url.search.includes('q='));
    await waitFor(async () => (await rowsOf(page).count()) > 1, 'all units again');
    await settle(page);
    expect(await input.inputValue()).toBe('');
    expect(log.of('UnitsPage', beforeBack).map((s) => s.variables.search)).toEqual([undefined]);
    expect(log.consoleProblems).toEqual([]);
  });

  it('the commendations year filter: one request per year picked, then the 2023 list (none) instead of 2022 rows', async () => {
    const { browser } = await session();
    const { page } = browser;
    const log = record(page);
    await page.getByRole('link', { name: 'Khen thưởng', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Khen thưởng' }).waitFor();
    await waitFor(async () => (await rowsOf(page).count()) > 0, 'the commendations');
    await settle(page);
    const before = log.sent.length;
    const year = page.getByTestId('filter-year');
    const pick = async (value: string) => {
      await year.click();
      await year.locator('input').fill(value);
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: new RegExp(`^${value}$`) }).click();
    };
    // The year column (recipient, award, year, …).
    const yearCells = () => page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(3)').allInnerTexts();

    // 2022 (the demo year of the Union's and the Associations' commendations): only 2022 rows.
    await pick('2022');
    await page.waitForURL(/year=2022/);
    await waitFor(async () => {
      const years = await yearCells();
      return years.length > 0 && years.every((y) => y === '2022');
    }, 'only 2022 commendations');
    // At once 2023, where the demo data has none: the 2022 rows go, none comes back.
    await pick('2023');
    await page.waitForURL(/year=2023/);
    await page.getByTestId('total-count').filter({ hasText: 'Tổng số: 0' }).waitFor();
    await settle(page);
    expect(await yearCells()).toEqual([]);
    expect(await page.locator('.ant-table-tbody').innerText()).toContain('Không có dữ liệu');

    const lists = log.of('CommendationsPage', before);
    expect(lists.map((s) => (s.variables.filter as { year?: unknown }).year)).toEqual([{ eq: 2022 }, { eq: 2023 }]);
    await browser.screenshot('lists-2-commendations-2023');
    expect(log.consoleProblems).toEqual([]);
  });

  it('the dashboard year: one request for 2024, the figures of 2024', async () => {
    const { browser } = await session();
    const { page } = browser;
    const log = record(page);
    await page.getByRole('link', { name: 'Tổng quan' }).first().click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    const covenants = page.getByTestId('dashboard-covenants');
    await covenants.locator('.ant-card-head-title', { hasText: `năm ${thisYear}` }).waitFor();
    await settle(page);
    const before = log.sent.length;

    await page.getByTestId('year-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^2024$/ }).click();
    await page.waitForURL(/\?year=2024$/);
    await covenants.locator('.ant-card-head-title', { hasText: 'Giao ước thi đua năm 2024' }).waitFor();
    const headless = page.getByTestId('dashboard-headless-blocs');
    await headless.locator('.ant-card-head-title', { hasText: 'năm 2024' }).waitFor();
    await settle(page);

    expect(await page.getByTestId('year-select').innerText()).toContain('2024');
    expect(log.of('DashboardPage', before).map((s) => s.variables.year)).toEqual([2024]);
    await browser.screenshot('lists-3-dashboard-2024');

    // Back: this year again, asked once, and no flip back to 2024.
    const beforeBack = log.sent.length;
    await page.goBack();
    await covenants.locator('.ant-card-head-title', { hasText: `năm ${thisYear}` }).waitFor();
    await settle(page);
    expect(log.of('DashboardPage', beforeBack).map((s) => s.variables.year)).toEqual([thisYear]);
    expect(log.consoleProblems).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
