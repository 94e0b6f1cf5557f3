import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSessions } from './support/session.js';

/**
 * The public lookup, as a citizen uses it without signing in: from the login page's link to
 * /tra-cuu, a search typed without diacritics, an award's public record with its decision and QR
 * code. And as the Board uses it: a decision published from its page ("Công bố") appears in the
 * lookup at once; withdrawn ("Thôi công bố"), it is gone.
 */
const sessions = browserSessions([undefined, 'can_bo_ban']);
const NUMBER = `${process.pid % 1000}/QĐ-UBND`;
const SUBJECT = `Về việc tặng Bằng khen năm 2023 cho tập thể có thành tích chuyển đổi số (${process.pid})`;

/** The resources the page loaded: the public pages never fetch the signed-in layout's chunk. */
const scripts = (page: Page) => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));

async function gql(page: Page, query: string, variables: Record<string, unknown> = {}) {
  return page.evaluate(
    async ([q, v]) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return response.json();
    },
    [query, variables] as const,
  );
}

describe('the public lookup', () => {
  it('lets anyone find an award without diacritics and open its public record with the QR code, signed out', async () => {
    const { browsers } = await sessions();
    const browser = browsers[0]!;
    const { page } = browser;
    await page.goto('/login');
    await page.getByRole('link', { name: 'Tra cứu khen thưởng' }).click();
    await page.waitForURL('**/tra-cuu');
    const box = page.getByTestId('public-search');
    await ((await box.evaluate((e) => e.tagName)) === 'INPUT' ? box : box.locator('input')).fill('hoi nu doanh nhan');
    await page.waitForURL(/q=hoi/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('hoi nu doanh nhan');
    await page.getByTestId('public-results').waitFor();
    const results = page.getByTestId('public-awards');
    await results.getByText('Hội Nữ Doanh nhân Hải Phòng').waitFor();
    // Before the search, every published award was listed; now only the association's.
    expect(await results.getByText('Hội Doanh nhân trẻ Hải Phòng').count()).toBe(0);
    await browser.screenshot('public-lookup-1-search');

    await results.getByRole('link', { name: 'Hội Nữ Doanh nhân Hải Phòng' }).first().click();
    await page.waitForURL('**/tra-cuu/khen-thuong/**');
    await page.getByTestId('public-recipient').filter({ hasText: 'Hội Nữ Doanh nhân Hải Phòng' }).waitFor();
    await page.getByText('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', { exact: false }).first().waitFor();
    await page.getByTestId('public-qr').waitFor();
    await browser.screenshot('public-lookup-2-award');
    expect((await scripts(page)).filter((name) => /AppLayout/.test(name))).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('shows a decision the Board publishes from its page, and hides it again when withdrawn', async () => {
    const { browsers } = await sessions();
    const [citizen, board] = browsers as [(typeof browsers)[0], (typeof browsers)[0]];
    // A decision of the Board with one award, recorded through the API as the officer.
    await board.page.goto('/decisions');
    const unit = (await gql(board.page, '{ units(search: "hoi doanh nhan tre hai phong") { nodes { id } } }')).data.units.nodes[0].id;
    const award = (await gql(board.page, '{ awardTypeByCode(code: "BANG_KHEN_CHU_TICH_UBND_TINH") { id } }')).data.awardTypeByCode.id;
    const decision = (
      await gql(board.page, 'mutation($input: CreateDecisionInput!) { createDecision(input: $input) { decision { id } userErrors { message } } }', {
        input: {
          number: NUMBER,
          issuedOn: '2024-01-15',
          issuer: 'UBND thành phố Hải Phòng',
          issuerLevel: 'PROVINCE',
          signer: 'Nguyễn Văn Tùng',
          subject: SUBJECT,
        },
      })
    ).data.createDecision.decision.id;
    const created = await gql(board.page, 'mutation($input: CreateCommendationInput!) { createCommendation(input: $input) { userErrors { message } } }', {
      input: {
        subject: { unitId: unit },
        awardTypeId: award,
        year: 2023,
        achievement: 'Đã có thành tích xuất sắc trong chuyển đổi số năm 2023',
        decisionId: decision,
      },
    });
    expect(created.data.createCommendation.userErrors).toEqual([]);

    const search = async (text: string) => {
      await citizen.page.goto(`/tra-cuu?q=${encodeURIComponent(text)}`);
      await citizen.page.getByTestId('public-results').waitFor();
    };
    await search('chuyen doi so');
    expect(await citizen.page.getByTestId('public-awards').getByText(NUMBER).count()).toBe(0);

    await board.page.goto(`/decisions/${encodeURIComponent(decision)}`);
    await board.page.getByTestId('publish-decision').click();
    await board.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /OK|Đồng ý|Có/ })
      .click();
    await board.page.getByTestId('decision-published').waitFor();
    await board.page.getByTestId('unpublish-decision').waitFor();
    await board.screenshot('public-lookup-3-published');

    await search('hoi doanh nhan tre chuyen doi so');
    const item = citizen.page.getByTestId('public-awards').getByTestId('public-award').filter({ hasText: NUMBER });
    await item.getByRole('link', { name: 'Hội Doanh nhân trẻ Hải Phòng' }).click();
    await citizen.page.getByTestId('public-decision-number').filter({ hasText: NUMBER }).waitFor();
    await citizen.page.getByTestId('public-decision-date').filter({ hasText: '15/01/2024' }).waitFor();
    await citizen.page.getByTestId('public-qr').waitFor();
    await citizen.screenshot('public-lookup-4-published-award');
    const awardPath = new URL(citizen.page.url()).pathname;

    await board.page.getByTestId('unpublish-decision').click();
    await board.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /OK|Đồng ý|Có/ })
      .click();
    await board.page.getByTestId('publish-decision').waitFor();
    await citizen.page.goto(awardPath);
    await citizen.page.getByTestId('public-error').filter({ hasText: 'chưa được công bố' }).waitFor();
    expect(citizen.problems.filter((problem) => !problem.includes('404') && !/status of 4\d\d/.test(problem))).toEqual([]);
    expect(board.problems).toEqual([]);
  });
});
