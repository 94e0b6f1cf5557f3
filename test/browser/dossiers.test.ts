import { describe, expect, it } from 'vitest';
import { pickOption } from './support/select.js';
import { browserSessions } from './support/session.js';

/**
 * A nomination dossier travels from a unit to its bloc: the unit officer (B) drafts one with one
 * nominee, attaches the proposal letter and achievement report its checklist asks for and submits
 * it (it locks for B); the bloc officer (A) finds it in the inbox ("Hồ sơ chờ xử lý") and receives
 * it; both see the move in the dossier's route.
 */
const sessions = browserSessions(['can_bo_khoi', 'can_bo_don_vi']);
const WOMEN = 'Hội Nữ Doanh nhân Hải Phòng';
const TITLE = `Đề nghị tặng Bằng khen năm 2024 (${process.pid})`;

describe('a dossier from a unit to its bloc', () => {
  it('is drafted and submitted by the unit, then received by the bloc from its inbox', async () => {
    const { browsers } = await sessions();
    const [a, b] = browsers.map((browser) => browser.page);

    await b.goto('/dossiers');
    await b.getByTestId('create-dossier').click();
    const form = b.getByRole('dialog');
    await form.getByTestId('dossier-title').fill(TITLE);
    await form.getByTestId('dossier-proposal-number').fill('15/TTr-HNDN');
    await pickOption(b, form.getByTestId('dossier-bloc'), 'Khối thi đua Liên hiệp hội', 'lien hiep hoi');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await b.getByTestId('dossier-summary').waitFor();

    await b.getByTestId('add-line').click();
    const line = b.getByRole('dialog');
    await pickOption(b, line.getByTestId('line-subject'), WOMEN, 'hoi nu doanh nhan');
    await pickOption(b, line.getByTestId('line-award'), /Bằng khen/, 'bang khen');
    await line.getByTestId('line-achievement').fill('Hoàn thành xuất sắc nhiệm vụ năm 2024');
    await line.getByRole('button', { name: 'Lưu' }).click();
    await b.getByTestId('dossier-lines').getByText(WOMEN).waitFor();
    await browsers[1].screenshot('dossier-1-unit-drafts');

    // A Certificate of Merit needs the proposal letter and the achievement report before it is sent.
    const attachments = b.getByTestId('dossier-attachments');
    await attachments.getByTestId('checklist-BAOCAO').getByLabel('Còn thiếu').waitFor();
    const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7\n${name}\n%%EOF\n`) });
    await attachments.locator('input[type=file]').setInputFiles(pdf('To trinh 15-TTr.pdf'));
    await attachments.getByTestId('checklist-TOTRINH').getByLabel('Đã có').waitFor();
    await attachments.getByTestId('attachment-kind').click();
    await b.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Báo cáo thành tích' }).click();
    await attachments.locator('input[type=file]').setInputFiles(pdf('Bao cao thanh tich.pdf'));
    await attachments.getByTestId('checklist-BAOCAO').getByLabel('Đã có').waitFor();

    await b.getByTestId('transition-SUBMIT').click();
    await b.getByTestId('workflow-status').filter({ hasText: 'Chờ duyệt' }).waitFor();
    await b.getByTestId('dossier-locked').waitFor();
    expect(await b.getByTestId('add-line').isDisabled()).toBe(true);

    await a.goto('/dossiers/inbox');
    await a.locator('.ant-table-row', { hasText: TITLE }).getByRole('link').click();
    await a.getByTestId('transition-RECEIVE').click();
    await a.getByTestId('workflow-status').filter({ hasText: 'Đã tiếp nhận' }).waitFor();
    await a
      .getByTestId('dossier-moves')
      .getByText(/Chờ duyệt.*Đã tiếp nhận/)
      .first()
      .waitFor();
    expect(await a.getByText('Không tìm thấy trang hoặc bản ghi.').count()).toBe(0);
    await browsers[0].screenshot('dossier-2-bloc-receives');
  });
});
