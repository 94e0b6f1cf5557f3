import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './support/product.js';
import { browserSession } from './support/session.js';
import { signIn, signOut } from './support/signIn.js';

/**
 * A unit officer (the demo account of "Hội Nữ Doanh nhân Hải Phòng") signs in with the login
 * form, edits their own unit, is refused another unit's edit page, and finds the change in the
 * unit's history; the Board then finds it in the audit log. One story, step by step.
 */
const session = browserSession();

const WOMEN = 'Hội Nữ Doanh nhân Hải Phòng';
const ALLIANCE = 'Liên minh Hợp tác xã thành phố Hải Phòng';
const OFFICER = 'Phạm Thu Hà (Hội Nữ Doanh nhân Hải Phòng) (can_bo_don_vi)';
const SHORT_NAME = 'HNDN Hải Phòng';

let ownUnitPath = '';

describe('a unit officer', () => {
  it('signs in with the login form', async () => {
    const { browser } = await session();
    const { page } = browser;
    // Anonymous: the app sends them to the login page, to come back afterwards.
    await page.goto('/units');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByTestId('login-form').waitFor();
    await browser.screenshot('unit-officer-1-login');

    await page.getByTestId('login-username').fill('can_bo_don_vi');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/units');
    await page.getByRole('heading', { name: 'Đơn vị' }).waitFor();
    // The session cookie is the server's, out of the page's reach (httpOnly).
    const cookies = await browser.context.cookies();
    expect(cookies.length).toBeGreaterThan(0);
    expect(cookies.every((cookie) => cookie.httpOnly)).toBe(true);
  });

  it('opens their unit and changes its short name', async () => {
    const { browser } = await session();
    const { page } = browser;
    // Their unit is a click away, in the header.
    await page.getByTestId('header-user-place').filter({ hasText: WOMEN }).click();
    await page.getByTestId('unit-name-title').filter({ hasText: WOMEN }).waitFor();
    ownUnitPath = new URL(page.url()).pathname;
    expect(ownUnitPath).toMatch(/^\/units\/[^/]+$/);
    // Before: the demo data created the unit; nobody has changed it yet.
    const timeline = page.getByTestId('history-timeline');
    await timeline.getByTestId('history-event').first().waitFor();
    expect(await timeline.getByTestId('history-event').first().getAttribute('data-action')).toBe('CREATE');

    await page.getByTestId('unit-edit').click();
    await page.waitForURL((url) => url.pathname === `${ownUnitPath}/edit`);
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('unit-name').waitFor();
    expect(await dialog.getByTestId('unit-name').inputValue()).toBe(WOMEN);
    await dialog.getByLabel('Tên viết tắt').fill(SHORT_NAME);
    await dialog.getByRole('button', { name: /Lưu/ }).click();
    await page.waitForURL((url) => url.pathname === ownUnitPath);
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-descriptions').getByText(SHORT_NAME).waitFor();
  });

  it('sees the change in the unit’s history: the field, before → after, and their name', async () => {
    const { browser } = await session();
    const { page } = browser;
    const timeline = page.getByTestId('history-timeline');
    const latest = timeline.getByTestId('history-event').first();
    // The timeline reads the history again after the save, without reloading the page.
    await latest.and(page.locator('[data-action="UPDATE"]')).waitFor();
    expect(await latest.getByTestId('history-action').innerText()).toBe('Sửa');
    expect(await latest.getByTestId('history-actor').innerText()).toBe(OFFICER);
    expect(await latest.getByTestId('history-time').innerText()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const changes = latest.getByTestId('history-change');
    expect(await changes.allInnerTexts()).toEqual([`Tên viết tắt: — → ${SHORT_NAME}`]);
    // The audit log is not theirs: no link to it.
    expect(await timeline.getByTestId('history-audit-link').count()).toBe(0);
    await timeline.scrollIntoViewIfNeeded();
    await browser.screenshot('unit-officer-2-unit-history');

    // Still there after a reload: it is the server's record, not the page's memory.
    await page.reload();
    await timeline.getByTestId('history-event').first().and(page.locator('[data-action="UPDATE"]')).waitFor();
    expect(await timeline.getByTestId('history-event').first().getByTestId('history-change').allInnerTexts()).toEqual([`Tên viết tắt: — → ${SHORT_NAME}`]);
  });

  it('cannot edit another unit: no edit button, and its edit page refuses in Vietnamese without a form', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/units?q=lien%20minh%20hop%20tac%20xa');
    await page.getByRole('link', { name: ALLIANCE }).click();
    await page.getByTestId('unit-name-title').filter({ hasText: ALLIANCE }).waitFor();
    const otherPath = new URL(page.url()).pathname;
    expect(otherPath).not.toBe(ownUnitPath);
    // Readable, with its history, but not editable.
    await page.getByTestId('history-timeline').waitFor();
    expect(await page.getByTestId('unit-edit').count()).toBe(0);

    // Typing the edit address directly.
    await page.goto(`${otherPath}/edit`);
    const refused = page.getByTestId('forbidden');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('Bạn không có quyền sửa đơn vị này.');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.getByTestId('unit-name').count()).toBe(0);
    await browser.screenshot('unit-officer-3-refused-edit');

    // Nor the audit log: that is for administrators, the Board and analysts.
    await page.goto('/audit');
    await page.getByTestId('forbidden').waitFor();
    expect(await page.getByTestId('audit-filters').count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });

  it('shows in the Board’s audit log, filtered by who, what and when, linked to the unit', async () => {
    const { browser, product } = await session();
    const { page } = browser;
    await signOut(browser);
    await signIn(browser, product.url, 'can_bo_ban');
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    await page.goto(`/audit?type=Unit&action=UPDATE&actorName=${encodeURIComponent('Phạm Thu Hà')}&from=${today}&to=${today}`);
    await page.getByRole('heading', { name: 'Nhật ký thay đổi' }).waitFor();
    const link = page.getByRole('link', { name: WOMEN });
    await link.waitFor();
    expect(await page.getByTestId('total-count').innerText()).toBe('Tổng số: 1');
    expect(await page.getByTestId('audit-actor').innerText()).toBe(OFFICER);
    expect(await page.getByTestId('audit-action-tag').innerText()).toBe('Sửa');
    expect(await page.locator('.ant-table-tbody').getByTestId('history-change').innerText()).toBe(`Tên viết tắt: — → ${SHORT_NAME}`);
    // Let the table's loading shade fade out before the picture.
    await page.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    await page.waitForTimeout(400);
    await browser.screenshot('unit-officer-4-audit');

    // Everything that request changed, then the unit's page.
    await page.getByTestId('audit-request-link').click();
    await page.waitForURL(/request=/);
    await link.waitFor();
    await link.click();
    await page.waitForURL((url) => url.pathname === ownUnitPath);
    await page.getByTestId('unit-name-title').filter({ hasText: WOMEN }).waitFor();

    // …and back from the unit's history to everything the log holds about the unit.
    await page.getByTestId('history-audit-link').click();
    await page.waitForURL(/\/audit\?entityId=/);
    await page.getByTestId('audit-record-tag').filter({ hasText: WOMEN }).waitFor();
    await page.getByTestId('audit-action-tag').nth(1).waitFor();
    expect(await page.getByTestId('audit-action-tag').allInnerTexts()).toEqual(['Sửa', 'Tạo mới']);
    expect(browser.problems).toEqual([]);
  });
});
