import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { pickOption } from './support/select.js';
import { browserSession } from './support/session.js';

/**
 * A newcomer at the Board, on the demo data from the source articles: finds a unit without
 * typing diacritics, follows it to its bloc and the bloc's history, prepares the 2024 covenant,
 * records signatures, enters a batch of commendations under a new decision, and is told in
 * Vietnamese what is missing. One story, step by step: each step builds on the previous one.
 * The newcomer works at the Board: signed in as the demo Board officer.
 */
const session = browserSession({ user: 'can_bo_ban' });

const BLOC = 'Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố';
const ALLIANCE = 'Liên minh Hợp tác xã thành phố Hải Phòng';
const WOMEN = 'Hội Nữ Doanh nhân Hải Phòng';

/** Waits until the locator matches exactly `n` elements (lists refresh after the URL changes). */
async function waitForCount(locator: Locator, n: number, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while ((await locator.count()) !== n) {
    if (Date.now() > deadline) throw new Error(`expected ${n} elements, found ${await locator.count()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function typeDate(page: Page, picker: Locator, ddmmyyyy: string) {
  const input = picker.locator('input').first().or(picker).first();
  await input.click();
  await input.fill(ddmmyyyy);
  await page.keyboard.press('Enter');
}

describe('a newcomer', () => {
  it('finds "Hội Nữ Doanh nhân Hải Phòng" by typing without diacritics and opens it', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/');
    await page.getByRole('link', { name: 'Đơn vị' }).first().click();
    await page.getByRole('heading', { name: 'Đơn vị' }).waitFor();
    const search = page.getByTestId('list-search');
    const input = (await search.evaluate((el) => el.tagName)) === 'INPUT' ? search : search.locator('input');
    await input.fill('hoi nu doanh nhan');
    await input.press('Enter');
    await page.waitForURL(/q=hoi/);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await waitForCount(rows, 1);
    expect(await rows.first().innerText()).toContain(WOMEN);
    await browser.screenshot('newcomer-1-units-search');

    await page.getByRole('link', { name: WOMEN }).click();
    await page.getByTestId('unit-name-title').filter({ hasText: WOMEN }).waitFor();
    await browser.screenshot('newcomer-2-unit');
  });

  it('opens the unit’s bloc and sees who led it in 2022', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.getByRole('link', { name: BLOC }).first().click();
    await page.getByRole('heading', { name: BLOC }).waitFor();
    const leader2022 = page.getByTestId('leaders-table').getByTestId('leader-2022');
    await leader2022.waitFor();
    expect(await leader2022.innerText()).toBe(ALLIANCE);
    // The 2023 head (the SME association) is not the 2022 leader: two different roles.
    await browser.screenshot('newcomer-3-bloc');
  });

  it('creates the 2024 covenant with three criteria', async () => {
    const { browser } = await session();
    const { page } = browser;
    await pickOption(page, page.getByTestId('year-select'), '2024');
    const create = page.getByTestId('create-covenant');
    await create.filter({ hasText: '2024' }).waitFor();
    await create.click();
    await page.waitForURL(/\/covenants\/.+/);
    await page.getByTestId('covenant-title').filter({ hasText: 'Giao ước thi đua năm 2024' }).waitFor();

    const tasks = [
      'Tổ chức phát động phong trào thi đua "Doanh nghiệp Việt Nam hội nhập và phát triển" năm 2024',
      'Vận động hội viên tham gia công tác an sinh xã hội, chăm lo người lao động',
      'Đẩy mạnh chuyển đổi số trong hoạt động của hiệp hội và doanh nghiệp hội viên',
    ];
    await page.getByTestId('add-criterion').click();
    for (const [i, task] of tasks.entries()) {
      await page.getByTestId('criterion-title').fill(task);
      await page
        .getByTestId('criterion-max-score')
        .locator('input')
        .or(page.getByTestId('criterion-max-score'))
        .first()
        .fill(String(10 * (i + 1)));
      await page.getByTestId(i < tasks.length - 1 ? 'criterion-save-next' : 'criterion-save').click();
      await page.getByTestId('criterion-row').filter({ hasText: task }).waitFor();
    }
    await page
      .locator('.ant-modal-wrap:visible')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    expect(await page.getByTestId('criterion-row').count()).toBe(3);
    expect(await page.getByTestId('criterion-number').allInnerTexts()).toEqual(['1', '2', '3']);
    expect(await page.getByTestId('criteria-total').innerText()).toContain('60');
  });

  it('records two signatures', async () => {
    const { browser } = await session();
    const { page } = browser;
    const signedCount = page.getByTestId('signed-count');
    const members = Number((await signedCount.innerText()).match(/\/(\d+)/)![1]);
    expect(await signedCount.innerText()).toContain(`0/${members}`);
    const signers = [
      { name: 'Nguyễn Thị Hoa', title: 'Chủ tịch Hội' },
      { name: 'Trần Văn Minh', title: 'Phó Chủ tịch Liên minh' },
    ];
    for (const [i, signer] of signers.entries()) {
      await page.getByTestId('unsigned-table').getByTestId('sign-button').first().click();
      await page.getByTestId('signer-name').fill(signer.name);
      await page.getByTestId('signer-title').fill(signer.title);
      await typeDate(page, page.getByTestId('signed-on'), '15/03/2024');
      await page.getByTestId('sign-submit').click();
      await page.getByTestId('signed-table').getByText(signer.name).waitFor();
      await signedCount.filter({ hasText: `${i + 1}/${members}` }).waitFor();
    }
    expect(await page.getByTestId('signed-table').getByText('15/03/2024').count()).toBe(2);
    await browser.screenshot('newcomer-4-covenant');
  });

  it('enters a batch of commendations under a new decision, told in Vietnamese when a required field is empty', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.getByRole('link', { name: 'Khen thưởng', exact: true }).first().click();
    await page.getByTestId('record-commendations').click();
    await page.waitForURL(/\/commendations\/new$/);

    // The new decision (number, date, level, issuer), the subject left empty for now.
    await page.getByTestId('decision-number').fill('456/QĐ-UBND');
    await typeDate(page, page.getByTestId('decision-date'), '20/02/2025');
    await pickOption(page, page.getByTestId('decision-level'), 'Tỉnh, thành phố');
    await page.getByTestId('decision-issuer').fill('UBND thành phố Hải Phòng');

    // The batch: a provincial Certificate of Merit for 2024, two collectives.
    await pickOption(page, page.getByTestId('award-type'), 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố', 'bang khen chu tich');
    const year = page.getByTestId('batch-year').locator('input').or(page.getByTestId('batch-year')).first();
    await year.fill('2024');
    const rows = page.getByTestId('recipient-row');
    await pickOption(page, rows.nth(0).getByTestId('recipient-subject'), WOMEN, 'hoi nu doanh nhan');
    await rows.nth(0).getByTestId('recipient-achievement').fill('Đã hoàn thành xuất sắc nhiệm vụ công tác năm 2024');
    await page.getByTestId('add-recipient').click();
    await pickOption(page, rows.nth(1).getByTestId('recipient-subject'), ALLIANCE, 'lien minh hop tac xa hai phong');
    await rows.nth(1).getByTestId('recipient-achievement').fill('Đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác, dẫn đầu Khối thi đua năm 2024');

    // Saving without the decision's subject: a Vietnamese message at the field, nothing sent.
    let sent = 0;
    const count = (request: { postData(): string | null }) => {
      if ((request.postData() ?? '').includes('recordCommendations')) sent += 1;
    };
    page.on('request', count);
    await page.getByTestId('save-commendations').click();
    const subjectItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('decision-subject') });
    await subjectItem.locator('.ant-form-item-explain-error', { hasText: 'Trường này là bắt buộc.' }).waitFor();
    await browser.screenshot('newcomer-5-required-error');
    expect(sent).toBe(0);

    await page
      .getByTestId('decision-subject')
      .fill('Về việc tặng Bằng khen cho các tập thể thuộc Khối thi đua Liên hiệp hội và các Hội doanh nghiệp thành phố năm 2024');
    await page.getByTestId('save-commendations').click();
    const recorded = page.getByTestId('recorded-count');
    await recorded.waitFor();
    expect(await recorded.innerText()).toBe('Đã ghi nhận 2 khen thưởng');
    expect(sent).toBe(1);
    page.off('request', count);
    await browser.screenshot('newcomer-6-recorded');

    // The decision holds both commendations.
    await page.getByTestId('recorded-decision').click();
    await page.waitForURL(/\/decisions\/.+/);
    await page.getByText(WOMEN).first().waitFor();
    await page.getByText(ALLIANCE).first().waitFor();
    expect(browser.problems).toEqual([]);
  });
});
