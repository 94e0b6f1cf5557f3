import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { pickOption } from './support/select.js';
import { browserSession } from './support/session.js';

/**
 * The Board officer holds a session of the Emulation and Commendation Council (Hội đồng Thi đua –
 * Khen thưởng) in the web app. The demo's dossiers are all awarded already, so the officer first
 * takes one through to the council as the Board may alone: drafts it for a unit with two nominees
 * for a Certificate of Merit, attaches what the checklist asks, submits, receives and appraises it,
 * forwards it and sends it for decision. Then: a session for that dossier with five members (two not
 * arrived yet), voting started, one late member ticked present, the counts of both nominees entered
 * and saved at once, the session closed — one nominee passes, one does not — the minutes printed,
 * and the results shown on the dossier's lines.
 */
const session = browserSession({ user: 'can_bo_ban' });
const WOMEN = 'Hội Nữ Doanh nhân Hải Phòng';
const YOUTH = 'Hội Doanh nhân trẻ Hải Phòng';
const DOSSIER = `Đề nghị tặng Bằng khen năm 2024 qua Hội đồng (${process.pid})`;
const TITLE = `Phiên họp Hội đồng xét khen thưởng năm 2024 (${process.pid})`;
const MEMBERS = [
  ['Nguyễn Văn Tùng', 'Phó Chủ tịch UBND thành phố'],
  ['Trần Thị Hạnh', 'Trưởng Ban Thi đua – Khen thưởng'],
  ['Lê Minh Quang', 'Giám đốc Sở Nội vụ'],
  ['Phạm Thu Trang', 'Chủ tịch Liên đoàn Lao động thành phố'],
  ['Đỗ Văn Khải', 'Phó Trưởng Ban Thi đua – Khen thưởng'],
] as const;

let dossierPath = '';
let sessionPath = '';

async function typeDate(page: Page, picker: Locator, ddmmyyyy: string) {
  const input = (await picker.evaluate((e) => e.tagName)) === 'INPUT' ? picker : picker.locator('input').first();
  await input.click();
  await input.fill(ddmmyyyy);
  await page.keyboard.press('Enter');
}

/** The input of an antd InputNumber, whichever element carries its test id. */
async function numberInput(field: Locator): Promise<Locator> {
  return (await field.evaluate((e) => e.tagName)) === 'INPUT' ? field : field.locator('input').first();
}

/** Until the save and step messages have gone (for the screenshots). */
async function quiet(page: Page) {
  await expect
    .poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 })
    .toBe(0)
    .catch(() => undefined);
}

async function step(page: Page, name: string, status: string) {
  await page.locator(`[data-testid="transition-${name}"]:not([disabled])`).click();
  await page.getByTestId('workflow-status').filter({ hasText: status }).waitFor();
}

describe('a council session in the web app', () => {
  it('takes a dossier to the council: drafted, submitted, received, appraised, forwarded and sent for decision by the Board', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/dossiers');
    await page.getByTestId('create-dossier').click();
    const form = page.getByRole('dialog');
    await pickOption(page, form.getByTestId('dossier-unit'), WOMEN, 'hoi nu doanh nhan');
    await (await numberInput(form.getByTestId('dossier-year'))).fill('2024');
    await form.getByTestId('dossier-title').fill(DOSSIER);
    await form.getByTestId('dossier-proposal-number').fill('21/TTr-HNDN');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('dossier-summary').waitFor();
    dossierPath = new URL(page.url()).pathname;

    for (const [unit, typed] of [
      [WOMEN, 'hoi nu doanh nhan'],
      [YOUTH, 'hoi doanh nhan tre'],
    ] as const) {
      await page.getByTestId('add-line').click();
      const line = page.getByRole('dialog');
      await pickOption(page, line.getByTestId('line-subject'), unit, typed);
      await pickOption(page, line.getByTestId('line-award'), /Bằng khen/, 'bang khen');
      await line.getByTestId('line-achievement').fill('Hoàn thành xuất sắc nhiệm vụ năm 2024');
      await line.getByRole('button', { name: 'Lưu' }).click();
      await page.getByTestId('dossier-lines').getByText(unit).waitFor();
      await line.waitFor({ state: 'detached' }).catch(() => undefined);
    }

    const attachments = page.getByTestId('dossier-attachments');
    const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7\n${name}\n%%EOF\n`) });
    await attachments.locator('input[type=file]').setInputFiles(pdf('To trinh 21-TTr.pdf'));
    await attachments.getByTestId('checklist-TOTRINH').getByLabel('Đã có').waitFor();
    await attachments.getByTestId('attachment-kind').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Báo cáo thành tích' }).click();
    await attachments.locator('input[type=file]').setInputFiles(pdf('Bao cao thanh tich.pdf'));
    await attachments.getByTestId('checklist-BAOCAO').getByLabel('Đã có').waitFor();

    await step(page, 'SUBMIT', 'Chờ duyệt');
    await step(page, 'RECEIVE', 'Đã tiếp nhận');
    // The Board appraises both nominees eligible (with a reason where the automatic check says otherwise).
    for (const unit of [WOMEN, YOUTH]) {
      const row = page.getByTestId('dossier-lines').locator('.ant-table-row', { hasText: unit });
      await row.getByTestId('appraise-line').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('appraisal-ELIGIBLE').click();
      if (await dialog.getByTestId('appraisal-override').count()) await dialog.getByTestId('appraisal-override').fill('Thành tích tiêu biểu của năm');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await row.getByTestId('line-appraisal').filter({ hasText: 'Đủ điều kiện' }).waitFor();
      await dialog.waitFor({ state: 'hidden' }).catch(() => undefined);
    }
    await step(page, 'FORWARD', 'Chờ chuyển khen thưởng');
    await step(page, 'SEND_TO_DECISION', 'Chờ xét khen thưởng');
    await quiet(page);
    await browser.screenshot('council-0-dossier-awaiting-decision');
  });

  it('creates the session for that dossier with its members, and starts the vote', async () => {
    const { browser } = await session();
    const { page } = browser;
    expect(dossierPath).not.toBe('');
    await page.goto('/');
    await page.getByRole('link', { name: 'Hội đồng Thi đua – Khen thưởng' }).click();
    await page.getByTestId('create-council').click();
    const form = page.getByRole('dialog');
    await form.getByTestId('council-title-input').fill(TITLE);
    await (await numberInput(form.getByTestId('council-year'))).fill('2024');
    await typeDate(page, form.getByTestId('council-date'), '15/01/2025');
    await form.getByTestId('council-venue').fill('Trụ sở UBND thành phố Hải Phòng');
    // The rules come from the shared defaults.
    expect(await (await numberInput(form.getByTestId('council-quorum'))).inputValue()).toBe('50');
    expect(await (await numberInput(form.getByTestId('council-threshold'))).inputValue()).toBe('50');
    await pickOption(page, form.getByTestId('council-dossiers'), DOSSIER, 'qua hoi dong');
    // A multiple select stays open after a pick: a click beside it closes it.
    await form.locator('.ant-modal-title').click();
    for (const [i, [name, position]] of MEMBERS.entries()) {
      await form.getByTestId('member-add').click();
      await form.getByTestId('member-name').nth(i).fill(name);
      await form.getByTestId('member-position').nth(i).fill(position);
    }
    await pickOption(page, form.getByTestId('member-role').nth(1), 'Phó Chủ tịch Hội đồng');
    // The first role's list closes before the next opens (the same options in both).
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await pickOption(page, form.getByTestId('member-role').nth(4), 'Ủy viên, Thư ký');
    // Two members have not arrived yet.
    await form.getByLabel(`Có mặt: ${MEMBERS[2][0]}`).uncheck();
    await form.getByLabel(`Có mặt: ${MEMBERS[3][0]}`).uncheck();
    await browser.screenshot('council-1-create');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/council\/[^/]+$/);
    sessionPath = new URL(page.url()).pathname;
    expect(await page.getByTestId('council-title').textContent()).toContain(TITLE);
    const agenda = page.getByTestId('council-agenda');
    await agenda.locator('.ant-table-row', { hasText: WOMEN }).waitFor();
    expect(await agenda.locator('.ant-table-row').count()).toBe(2);
    expect(await page.getByTestId('council-attendance').textContent()).toContain('Có mặt: 3/5');
    await quiet(page);
    await browser.screenshot('council-2-draft');

    await step(page, 'OPEN', 'Đang biểu quyết');
    await agenda.getByTestId('vote-agree').first().waitFor();
  });

  it('records attendance and the counts, closes the session and prints the minutes', async () => {
    const { browser } = await session();
    const { page } = browser;
    expect(sessionPath).not.toBe('');
    if (new URL(page.url()).pathname !== sessionPath) await page.goto(sessionPath);
    // The fourth member arrives.
    const members = page.getByTestId('council-members-card');
    await members.getByLabel(`Có mặt: ${MEMBERS[3][0]}`).check();
    await members.getByTestId('save-members').click();
    await members.getByTestId('save-members').waitFor({ state: 'detached' });
    await page.getByTestId('council-attendance').filter({ hasText: 'Có mặt: 4/5' }).waitFor();

    // The counting committee's figures: 4 of all 5 members agree on the first nominee (80%), 2 on the second (40%).
    const agenda = page.getByTestId('council-agenda');
    const counts: [string, string, string][] = [
      [WOMEN, '4', '0'],
      [YOUTH, '2', '2'],
    ];
    for (const [unit, agree, disagree] of counts) {
      const row = agenda.locator('.ant-table-row', { hasText: unit });
      await (await numberInput(row.getByTestId('vote-agree'))).fill(agree);
      await (await numberInput(row.getByTestId('vote-disagree'))).fill(disagree);
    }
    await page.getByTestId('save-votes').click();
    await page.getByTestId('council-counted').filter({ hasText: 'Đã ghi phiếu: 2/2' }).waitFor();
    await quiet(page);
    await browser.screenshot('council-3-voting');

    await step(page, 'CLOSE', 'Đã kết thúc');
    const result = (unit: string) => agenda.locator('.ant-table-row', { hasText: unit }).getByTestId('council-result');
    await result(WOMEN).filter({ hasText: 'Đạt' }).waitFor();
    expect(await result(YOUTH).textContent()).toBe('Không đạt');
    expect(await agenda.locator('.ant-table-row', { hasText: WOMEN }).textContent()).toContain('80%');
    expect(await agenda.getByTestId('vote-agree').count()).toBe(0);
    await quiet(page);
    await browser.screenshot('council-4-closed');

    await page.getByTestId('council-minutes-link').click();
    const doc = page.getByTestId('minutes-document');
    await doc.waitFor();
    const text = (await doc.textContent()) ?? '';
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG');
    expect(text).toContain('ngày 15 tháng 1 năm 2025');
    expect(text).toContain('4/5');
    expect(text).toContain(MEMBERS[4][0]);
    const lines = doc.getByTestId('minutes-lines').locator('tbody tr');
    expect(await lines.count()).toBe(2);
    expect(await doc.getByTestId('minutes-conclusion').textContent()).toContain('Hội đồng thống nhất đề nghị 1/2 đối tượng');
    await quiet(page);
    await browser.screenshot('council-5-minutes');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-minutes').isVisible()).toBe(false);
    await browser.screenshot('council-6-minutes-print');
    await page.emulateMedia({ media: 'screen' });

    // The dossier's lines carry the council's result.
    await page.goto(dossierPath);
    const dossierLines = page.getByTestId('dossier-lines');
    await dossierLines.locator('.ant-table-row', { hasText: WOMEN }).getByTestId('council-result').filter({ hasText: 'Hội đồng thống nhất đề nghị' }).waitFor();
    expect(await dossierLines.locator('.ant-table-row', { hasText: YOUTH }).getByTestId('council-result').textContent()).toBe('Hội đồng không thống nhất');
    await quiet(page);
    await browser.screenshot('council-7-dossier-results');

    // The list, filtered by status in the URL: the closed session with its lines and how many passed.
    await page.goto('/council?status=CLOSED');
    const row = page.locator('.ant-table-row', { hasText: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain('Đã kết thúc');
    expect(await row.textContent()).toContain('2 · Đạt 1');
    expect(await page.getByTestId('council-filter-status').textContent()).toContain('Đã kết thúc');
    await browser.screenshot('council-8-list');
    expect(browser.problems.filter((p) => p.startsWith('page error'))).toEqual([]);
  });
});
