import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSessions } from './support/session.js';

/**
 * The app in Vietnamese says nothing in English: the main pages and a record of each kind, as the
 * Board sees them, and the people list as a unit officer sees it, are scanned for English words
 * known to have leaked (antd icon names as aria-labels, untranslated buttons, raw history field
 * names) in their visible text and accessible names, and for icon-only controls without a name.
 */
const sessions = browserSessions(['can_bo_ban', 'can_bo_don_vi']);

const PAGES = ['/', '/units', '/people', '/blocs', '/movements', '/covenants', '/commendations', '/decisions', '/award-types', '/audit', '/admin'];
/** List pages whose first record page is scanned too. */
const RECORDS = ['/units', '/people', '/blocs', '/movements', '/covenants', '/decisions'];

/** antd's icon names, and English labels seen in the app before. */
const ENGLISH_LABELS = [
  'search',
  'plus',
  'edit',
  'delete',
  'close',
  'close-circle',
  'down',
  'up',
  'left',
  'right',
  'check',
  'check-circle',
  'filter',
  'stop',
  'crown',
  'holder',
  'arrow-up',
  'arrow-down',
  'subnode',
  'link',
  'disconnect',
  'undo',
  'team',
  'dashboard',
  'bank',
  'user',
  'apartment',
  'flag',
  'solution',
  'trophy',
  'file-text',
  'audit',
  'history',
  'code',
  'key',
  'logout',
  'calendar',
  'swap-right',
  'caret-up',
  'caret-down',
  'previous year',
  'next year',
  'previous month',
  'next month',
  'segmented control',
  'signer',
  'loading',
];
/** Whole words and phrases of English UI text (the language switch "English" is meant to be English). */
const ENGLISH_TEXT =
  /\b(signer|signerTitle|previous year|next year|No data|Previous|Next|Search|Loading|Cancel|Delete|Edit|Save|Close|Submit|Today|Select date)\b/;
/** A raw field name (camelCase) shown instead of its label: fullName, signingEventId… */
const RAW_FIELD = /\b[a-z]+(?:[A-Z][a-z]+)+(?:Id|Ids)?\b/;

async function englishOn(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const { labels, lines, unnamed } = await page.evaluate(() => {
    const visible = (e: Element) => !e.closest('[aria-hidden="true"]');
    const named = (e: Element) =>
      !!(e.textContent ?? '').trim() || !!e.getAttribute('aria-label') || !!e.getAttribute('title') || [...e.querySelectorAll('[aria-label]')].some(visible);
    return {
      labels: [...document.querySelectorAll('[aria-label]')].filter(visible).map((e) => e.getAttribute('aria-label') ?? ''),
      lines: document.body.innerText
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      // Icon-only buttons and links need a name once their icons no longer name themselves in English.
      unnamed: [...document.querySelectorAll('button, a[href], [role="button"]')].filter((e) => visible(e) && !named(e)).map((e) => e.outerHTML.slice(0, 120)),
    };
  });
  return [
    ...unnamed.map((html) => `${path}: unnamed control ${html}`),
    ...labels.filter((label) => ENGLISH_LABELS.includes(label.toLowerCase())).map((label) => `${path}: aria-label "${label}"`),
    ...lines.filter((line) => ENGLISH_TEXT.test(line) || RAW_FIELD.test(line)).map((line) => `${path}: text "${line}"`),
  ];
}

describe('the Vietnamese app', () => {
  it('shows no English on the main pages and record pages (Board officer)', async () => {
    const { browsers } = await sessions();
    const { page } = browsers[0]!;
    const found: string[] = [];
    const records: string[] = [];
    for (const path of PAGES) {
      found.push(...(await englishOn(page, path)));
      if (RECORDS.includes(path)) {
        const href = await page.locator(`main a[href^="${path}/"]`).first().getAttribute('href');
        if (href) records.push(href);
      }
    }
    expect(records.length).toBe(RECORDS.length);
    for (const path of records) found.push(...(await englishOn(page, path)));
    // A form's date picker, opened: its header buttons are named too.
    await page.goto('/decisions');
    await page
      .getByRole('button', { name: /Thêm mới/ })
      .first()
      .click();
    await page.locator('.ant-modal .ant-picker').first().click();
    await page.locator('.ant-picker-dropdown').first().waitFor();
    const pickerLabels = await page.locator('.ant-picker-dropdown [aria-label]').evaluateAll((all) => all.map((e) => e.getAttribute('aria-label') ?? ''));
    found.push(...pickerLabels.filter((label) => ENGLISH_LABELS.includes(label.toLowerCase())).map((label) => `date picker: aria-label "${label}"`));
    await browsers[0]!.screenshot('vietnamese-date-picker');
    expect(found).toEqual([]);
  });

  it('tells a unit officer whose people they see when the list is empty', async () => {
    const { browsers } = await sessions();
    const browser = browsers[1]!;
    const found = await englishOn(browser.page, '/people?q=khong-co-ai-ten-nay');
    await browser.page.getByTestId('people-empty').waitFor();
    expect(await browser.page.getByTestId('people-empty').innerText()).toContain('Bạn chỉ thấy những người đã từng công tác tại Hội Nữ Doanh nhân Hải Phòng.');
    await browser.screenshot('vietnamese-people-empty');
    expect(found).toEqual([]);
  });
});
