import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pickOption } from './support/select.js';
import { browserSession } from './support/session.js';

/**
 * The Board officer files the yearly statistics: form 0603 for 2022 on the demo data (the five
 * awards of the Hải Phòng associations bloc, seed 000), the table laid out as the form, the xlsx
 * download; then the dashboard's trend charts drawn.
 */
const session = browserSession({ user: 'can_bo_ban' });

describe('statistics reports in the web app', () => {
  it('shows form 0603 for 2022 and downloads it as xlsx', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/');
    await page.getByRole('menuitem', { name: 'Báo cáo thống kê' }).click();
    await page.getByRole('heading', { name: 'Báo cáo thống kê' }).waitFor();

    await pickOption(page, page.getByTestId('report-form'), 'Biểu 0603.N/BNV-TĐKT');
    await pickOption(page, page.getByTestId('report-year'), /^2022$/, '2022');
    await page.waitForURL(/year=2022/);
    await page.getByTestId('report-title').filter({ hasText: 'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH' }).waitFor();
    // Row 01: total 5, Bằng khen 4, Cờ thi đua 1 (one flag and four certificates of merit, seed 000).
    await page.getByTestId('cell-01-0').filter({ hasText: /^5$/ }).waitFor();
    expect(await page.getByTestId('cell-01-1').innerText()).toBe('4');
    expect(await page.getByTestId('cell-01-3').innerText()).toBe('1');
    expect(await page.getByTestId('cell-02-0').innerText()).toBe('5');
    await page.locator('th', { hasText: 'Chia theo hình thức' }).waitFor();
    await browser.screenshot('reports-0603');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('Biểu 0603.N-BNV-TĐKT năm 2022.xlsx');
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    // An xlsx is a zip archive.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(4000);
    expect(browser.problems).toEqual([]);
  });

  it('draws the trend charts on the dashboard once it has rendered', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/');
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    // Awards by level: 2019 and 2022 (province level); by kind: all regular; collectives only.
    await page.getByTestId('trend-levels').locator('svg .recharts-bar-rectangle').first().waitFor();
    await page.getByTestId('trend-kinds').locator('svg .recharts-pie-sector').first().waitFor();
    await page.getByTestId('trend-subjects').locator('svg .recharts-bar-rectangle').first().waitFor();
    expect(await page.getByTestId('trend-levels').locator('.recharts-legend-item-text').allInnerTexts()).toEqual(['Tỉnh, thành phố']);
    // The demo has no individual award and no dossier sent through the system: said, not drawn.
    await page.getByTestId('trend-direct-workers').getByText('Chưa có khen thưởng cá nhân nào được ghi nhận.').waitFor();
    await page
      .getByTestId('trend-decision-times')
      .getByText(/Chưa có hồ sơ nào được gửi qua hệ thống/)
      .waitFor();
    await page.getByTestId('trend-levels').scrollIntoViewIfNeeded();
    await browser.screenshot('dashboard-trends');
    expect(browser.problems).toEqual([]);
  });

  it('keeps the registry of TĐKT organisations: adds one, edits its note and clears it again', async () => {
    const { browser } = await session();
    const { page } = browser;
    const name = `Phòng Thi đua – Khen thưởng thử (${process.pid})`;
    await page.goto('/reports/registry');
    await page.getByTestId('add-organization').click();
    const dialog = page.locator('.ant-modal').filter({ hasText: 'Thêm tổ chức' });
    await dialog.getByLabel('Tên tổ chức').fill(name);
    await pickOption(
      page,
      dialog.locator('.ant-form-item').filter({ hasText: 'Loại tổ chức' }).locator('.ant-select'),
      'Phòng Thi đua – Khen thưởng thuộc Sở Nội vụ',
    );
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const row = page.locator('.ant-table-row').filter({ hasText: name });
    await row.waitFor();

    await row.getByRole('button', { name: 'Sửa' }).click();
    const editing = page.locator('.ant-modal').filter({ hasText: 'Sửa' });
    await editing.getByLabel('Ghi chú, nguồn').fill('Lập theo Quyết định thử');
    await editing.getByRole('button', { name: 'Lưu' }).click();
    await row.filter({ hasText: 'Lập theo Quyết định thử' }).waitFor();

    await row.getByRole('button', { name: 'Sửa' }).click();
    await page.locator('.ant-modal').filter({ hasText: 'Sửa' }).getByLabel('Ghi chú, nguồn').fill('');
    await page.locator('.ant-modal').filter({ hasText: 'Sửa' }).getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => row.textContent()).not.toContain('Lập theo Quyết định thử');
    await browser.screenshot('reports-registry');
    expect(browser.problems).toEqual([]);
  });
});
