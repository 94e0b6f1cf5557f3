import { describe, expect, it } from 'vitest';
import { browserSession } from './support/session.js';

/**
 * A Board officer moves a demo covenant along its workflow on its page: the status bar shows the
 * state, the steps, and "marked signed" disabled while members have not signed (the reason in a
 * tooltip); a step back asks for a reason, which the history then shows.
 */
const session = browserSession({ user: 'can_bo_ban' });

describe('a covenant’s status bar', () => {
  it('shows why it cannot be marked signed, and takes a step back with a reason', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/covenants');
    // The 2023 covenant of seed 004 is ready to sign and nobody has signed it yet.
    const id: string = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ covenants(filter: { status: { eq: READY_TO_SIGN } }) { nodes { id signedCount memberCount } } }' }),
      });
      const body = await response.json();
      return body.data.covenants.nodes.find((c: { signedCount: number; memberCount: number }) => c.signedCount < c.memberCount).id;
    });
    await page.goto(`/covenants/${encodeURIComponent(id)}`);
    const bar = page.getByTestId('workflow-bar');
    await bar.getByTestId('workflow-status').filter({ hasText: 'Sẵn sàng ký' }).waitFor();
    const sign = bar.getByTestId('transition-MARK_SIGNED');
    expect(await sign.isDisabled()).toBe(true);
    await sign.hover({ force: true });
    await page.locator('.ant-tooltip', { hasText: 'đơn vị thành viên ký giao ước; còn' }).waitFor();
    await browser.screenshot('workflow-1-ready-to-sign');

    await bar.getByTestId('transition-REOPEN_COMMENT').click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    await dialog.getByText('Cần nêu lý do cho bước này.').waitFor();
    await page.getByTestId('transition-reason').fill('Các đơn vị đề nghị bổ sung nhiệm vụ chuyển đổi số');
    await dialog.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    await bar.getByTestId('workflow-status').filter({ hasText: 'Lấy ý kiến' }).waitFor();
    await dialog.waitFor({ state: 'detached' }).catch(() => undefined);
    expect(await bar.getByTestId('transition-READY_TO_SIGN').isEnabled()).toBe(true);
    await page.getByTestId('history-reason').filter({ hasText: 'Các đơn vị đề nghị bổ sung nhiệm vụ chuyển đổi số' }).waitFor();
    await browser.screenshot('workflow-2-back-to-comment');
  });

  it('offers the next step of a movement and takes it', async () => {
    const { browser } = await session();
    const { page } = browser;
    await page.goto('/movements');
    const id: string = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ movements(filter: { status: { eq: OPEN } }, first: 1) { nodes { id } } }' }),
      });
      return (await response.json()).data.movements.nodes[0].id;
    });
    await page.goto(`/movements/${encodeURIComponent(id)}`);
    const bar = page.getByTestId('workflow-bar');
    await bar.getByTestId('workflow-status').filter({ hasText: 'Đang triển khai' }).waitFor();
    await bar.getByTestId('transition-START_REVIEW').waitFor();
    await browser.screenshot('workflow-3-movement');
    await bar.getByTestId('transition-START_REVIEW').click();
    await bar.getByTestId('workflow-status').filter({ hasText: 'Đang sơ kết, tổng kết' }).waitFor();
    expect(await bar.getByTestId('transition-CONCLUDE').isEnabled()).toBe(true);
  });
});
