import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { browserSession } from './support/session.js';

/**
 * The Board officer edits a document template in the web app (a field the document does not have
 * is refused, named, before anything is saved), saves it, and downloads a decision of the demo
 * data as DOCX and as PDF from the decision's page; moves a field of an award type's certificate
 * on its blank and saves the layout.
 */
const session = browserSession({ user: 'can_bo_ban' });

async function downloaded(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

describe('documents from templates in the web app', () => {
  it('the Board edits the council minutes template: an unknown field is named and not saved; the corrected template is saved with a version', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/');
    await page.getByRole('link', { name: 'Mẫu văn bản', exact: true }).click();
    await page.waitForURL(/\/document-templates$/);
    await page.getByRole('tab', { name: 'Biên bản họp Hội đồng Thi đua – Khen thưởng' }).click();
    const panel = page.getByRole('tabpanel');
    await expect.poll(() => panel.getByTestId('template-state').textContent()).toBe('Đang dùng mẫu mặc định của phần mềm.');
    const body = panel.getByTestId('template-body');
    const original = await body.inputValue();
    expect(original).toContain('# BIÊN BẢN HỌP HỘI ĐỒNG');

    await body.fill(`${original}\nNgười ghi: {nguoiGhi}`);
    await expect.poll(() => panel.getByTestId('template-problems').textContent()).toContain('{nguoiGhi}');
    expect(await panel.getByTestId('save-template').isDisabled()).toBe(true);
    await browser.screenshot('documents-1-template-refused');

    await body.fill(`${original}\nNgười ghi biên bản: {secretary}`);
    await expect.poll(() => panel.getByTestId('template-problems').count()).toBe(0);
    await panel.getByTestId('save-template').click();
    await expect.poll(() => panel.getByTestId('template-state').textContent()).toBe('Đang dùng mẫu Ban đã lưu, phiên bản 1.');
    expect(await body.inputValue()).toContain('Người ghi biên bản: {secretary}');
    await browser.screenshot('documents-2-template-saved');
    expect(browser.problems).toEqual([]);
  });

  it("the Board moves a certificate field on an award type's blank and saves the layout", async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/award-types');
    await page.locator('[data-testid^="certificate-layout-"]').first().click();
    await page.waitForURL(/\/award-types\/.+\/certificate$/);
    await expect.poll(() => page.getByTestId('layout-state').textContent()).toContain('Đang dùng bố cục mặc định');
    const top = page.getByTestId('top-RECIPIENT');
    const input = (await top.evaluate((e) => e.tagName)) === 'INPUT' ? top : top.locator('input').first();
    await input.fill('95');
    await input.press('Tab');
    // The field moves on the scaled sheet (840 px for 420 mm: 2 px per mm).
    await expect.poll(() => page.getByTestId('preview-RECIPIENT').evaluate((e) => (e as HTMLElement).style.top)).toBe('190px');
    await page.getByTestId('printable-SALUTATION').click();
    await page.getByTestId('save-layout').click();
    await expect.poll(() => page.getByTestId('layout-state').textContent()).toBe('Bố cục của Ban, phiên bản 1.');
    expect(Number(await input.inputValue())).toBe(95);
    await browser.screenshot('documents-4-certificate-layout');
    expect(browser.problems).toEqual([]);
  });

  it("downloads a decision of the demo data as DOCX and as PDF from the decision's page", async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/decisions');
    await page.locator('a[href^="/decisions/"]').first().click();
    await page.waitForURL(/\/decisions\/.+/);
    await page.getByTestId('document-decision').waitFor();
    await browser.screenshot('documents-3-decision');

    const pdf = await downloaded(page, 'document-decision-pdf');
    expect(pdf.name).toMatch(/^Quyết định .+\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The font travels with the document: a TrueType program embedded.
    expect(pdf.bytes.toString('latin1')).toContain('/FontFile2');

    const docx = await downloaded(page, 'document-decision-docx');
    expect(docx.name).toMatch(/^Quyết định .+\.docx$/);
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(docx.bytes.toString('latin1')).toContain('word/document.xml');
    expect(browser.problems).toEqual([]);
  });
});
