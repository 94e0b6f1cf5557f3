import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { browserSession } from './support/session.js';

/**
 * The Board officer exports a filtered, sorted list to Excel: the export runs on the server as a
 * job, the dialog follows its progress live and offers the file, and the file holds the same rows
 * in the same order, with the Vietnamese headers and labels of the screen and the filters in words.
 */
const session = browserSession({ user: 'can_bo_ban' });

describe('exporting a list', () => {
  it('gives the units list as shown, filtered and sorted, as an xlsx', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/units?kind=ASSOCIATION&sort=NAME&dir=DESC');
    await expect.poll(() => page.getByTestId('total-count').textContent()).not.toContain('…');
    const total = Number((await page.getByTestId('total-count').textContent())!.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(3);
    const shown = await page.locator('.ant-table-tbody tr.ant-table-row td:first-child').allTextContents();

    await page.getByTestId('export-list').click();
    const progress = page.getByTestId('export-progress');
    await expect.poll(() => progress.getAttribute('data-status'), { timeout: 30_000 }).toBe('SUCCEEDED');
    await expect.poll(() => progress.textContent()).toContain(`${total} dòng`);
    await browser.screenshot('export-units');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
    expect(download.suggestedFilename()).toBe('Đơn vị.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Đơn vị');
    expect(sheet.getRow(2).getCell(1).value).toBe('Loại: Hội, hiệp hội');
    expect(String(sheet.getRow(3).getCell(1).value)).toContain('can_bo_ban');
    expect(sheet.getRow(4).values).toEqual([undefined, 'Tên', 'Loại', 'Địa bàn']);
    const names = Array.from({ length: total }, (_, i) => sheet.getRow(5 + i).getCell(1).value);
    expect(names.slice(0, shown.length)).toEqual(shown);
    expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
    expect(sheet.getRow(5 + total).getCell(1).value ?? null).toBeNull();
    expect(new Set(Array.from({ length: total }, (_, i) => sheet.getRow(5 + i).getCell(2).value))).toEqual(new Set(['Hội, hiệp hội']));
    await page.getByTestId('export-close').click();
    expect(browser.problems).toEqual([]);
  });
});
