import { describe, expect, it } from 'vitest';
import { browserSessions } from './support/session.js';

/**
 * Correcting records in the web app: the board officer edits a unit, creates a unit by mistake
 * and deletes it after a confirmation that says what goes with it, and is told when a unit still
 * in use cannot go; the unit officer sees edit (never delete) on their own unit and neither on
 * another. Two browsers, one product.
 */
const sessions = browserSessions(['can_bo_ban', 'can_bo_don_vi']);

const WOMEN = 'Hội Nữ Doanh nhân Hải Phòng';
const ALLIANCE = 'Liên minh Hợp tác xã thành phố Hải Phòng';
const NOTE = 'Trụ sở: số 2 Lê Đại Hành (sửa trong kiểm thử)';
const MISTAKE = 'Hội Thử nghiệm nhập nhầm';

async function openUnit(page: import('playwright-core').Page, search: string, name: string): Promise<string> {
  await page.goto(`/units?q=${encodeURIComponent(search)}`);
  // In the list: the header names the officer's own unit too.
  await page.getByRole('table').getByRole('link', { name }).click();
  await page.getByTestId('unit-name-title').filter({ hasText: name }).waitFor();
  return new URL(page.url()).pathname;
}

describe('correcting records', () => {
  it('the board officer edits a unit against the version shown', async () => {
    const { browsers } = await sessions();
    const { page } = browsers[0];
    await openUnit(page, 'lien minh hop tac xa', ALLIANCE);
    await page.getByTestId('unit-edit').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('unit-name').waitFor();
    await dialog.getByLabel('Ghi chú').fill(NOTE);
    await dialog.getByRole('button', { name: /Lưu/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.ant-descriptions').getByText(NOTE).waitFor();
    const latest = page.getByTestId('history-timeline').getByTestId('history-event').first();
    await latest.and(page.locator('[data-action="UPDATE"]')).waitFor();
    const changes = await latest.getByTestId('history-change').allInnerTexts();
    expect(changes).toHaveLength(1);
    // The demo data gave the unit a note already: before → after.
    expect(changes[0].startsWith('Ghi chú: ') && changes[0].endsWith(` → ${NOTE}`)).toBe(true);
  });

  it('the board officer is told a unit still in use cannot be deleted, and nothing goes', async () => {
    const { browsers } = await sessions();
    const { page } = browsers[0];
    await page.getByTestId('unit-delete').click();
    const confirm = page.locator('.ant-popconfirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('Không xóa được khi đơn vị còn thành viên khối');
    await page.getByTestId('unit-delete-confirm').click();
    await page.locator('.ant-message-error').waitFor();
    expect(await page.locator('.ant-message-error').innerText()).toMatch(/sử dụng|tham chiếu/);
    await page.getByTestId('unit-name-title').filter({ hasText: ALLIANCE }).waitFor();
  });

  it('the board officer deletes a unit entered by mistake after the confirmation and is back at the list', async () => {
    const { browsers } = await sessions();
    const browser = browsers[0];
    const { page } = browser;
    await page.goto('/units');
    await page.getByTestId('create-unit').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('unit-name').fill(MISTAKE);
    await dialog.getByRole('button', { name: /Lưu/ }).click();
    await page.getByTestId('unit-name-title').filter({ hasText: MISTAKE }).waitFor();

    await page.getByTestId('unit-delete').click();
    const confirm = page.locator('.ant-popconfirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('Xóa đơn vị này cùng các biến động (sáp nhập, chia tách) và bình luận của nó?');
    await browser.screenshot('edit-delete-1-confirm-unit-delete');
    await page.getByTestId('unit-delete-confirm').click();
    await page.waitForURL((url) => url.pathname === '/units');
    await page.locator('.ant-message-success').filter({ hasText: 'Đã xóa' }).waitFor();

    // Gone from the list, for good.
    await page.goto(`/units?q=${encodeURIComponent('thu nghiem nhap nham')}`);
    await page.getByTestId('total-count').filter({ hasText: 'Tổng số: 0' }).waitFor();
    expect(browser.problems).toEqual([]);
  });

  it('the unit officer may edit but not delete their own unit, and sees neither on another unit', async () => {
    const { browsers } = await sessions();
    const browser = browsers[1];
    const { page } = browser;
    await openUnit(page, 'hoi nu doanh nhan', WOMEN);
    await page.getByTestId('unit-edit').waitFor();
    expect(await page.getByTestId('unit-delete').count()).toBe(0);

    await openUnit(page, 'lien minh hop tac xa', ALLIANCE);
    // The board officer's note is there: readable, not changeable.
    await page.locator('.ant-descriptions').getByText(NOTE).waitFor();
    await page.getByTestId('history-timeline').waitFor();
    expect(await page.getByTestId('unit-edit').count()).toBe(0);
    expect(await page.getByTestId('unit-delete').count()).toBe(0);
    await browser.screenshot('edit-delete-2-unit-officer-other-unit');
    // Nor a households page: that is personal data, the Board's.
    expect(await page.getByRole('link', { name: 'Hộ gia đình' }).count()).toBe(0);
    expect(browser.problems).toEqual([]);
  });

  it('the board officer corrects households on their page', async () => {
    const { browsers } = await sessions();
    const browser = browsers[0];
    const { page } = browser;
    await page.getByRole('link', { name: 'Hộ gia đình' }).click();
    await page.getByRole('heading', { name: 'Hộ gia đình' }).waitFor();
    await page.getByTestId('create-household').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('household-name').fill('Hộ ông Trần Văn Thử');
    await dialog.getByTestId('household-head').fill('Trần Văn Thử');
    await dialog.getByRole('button', { name: /Lưu/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.locator('tr', { hasText: 'Hộ ông Trần Văn Thử' });
    await row.waitFor();
    await browser.screenshot('edit-delete-3-households');
    await row.getByRole('button', { name: 'Xóa' }).click();
    const confirm = page.locator('.ant-popconfirm');
    expect(await confirm.innerText()).toContain('Xóa hộ gia đình "Hộ ông Trần Văn Thử"?');
    await confirm.getByRole('button', { name: 'Xóa' }).click();
    await row.waitFor({ state: 'detached' });
    expect(browser.problems).toEqual([]);
  });

  it('the board officer finds edit and delete beside the bloc’s year, and the bloc’s form filled', async () => {
    const { browsers } = await sessions();
    const browser = browsers[0];
    const { page } = browser;
    await page.goto('/blocs?q=lien%20hiep%20hoi');
    await page.getByRole('link', { name: 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố' }).click();
    await page.getByTestId('members-table').waitFor();
    await page.getByTestId('bloc-delete').waitFor();
    await browser.screenshot('edit-delete-4-bloc-actions');
    await page.getByTestId('bloc-edit').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('bloc-name').waitFor();
    expect(await dialog.getByTestId('bloc-name').inputValue()).toBe('Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố');
    await browser.screenshot('edit-delete-5-bloc-edit');
    await dialog.getByRole('button', { name: /Hủy/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(browser.problems).toEqual([]);
  });
});
