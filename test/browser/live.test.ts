import { describe, expect, it } from 'vitest';
import type { Page, WebSocketRoute } from 'playwright-core';
import { browserSessions } from './support/session.js';

/**
 * Two officers at once on the same unit: the Board officer (A) and the unit's own officer (B),
 * each in their own browser. Each sees the other there and the field the other edits. B sees A's
 * edits arrive without reloading; when both edit the same
 * fields, B's save opens the merge dialog, B chooses per field, and both end with the same unit.
 */
const sessions = browserSessions(['can_bo_ban', 'can_bo_don_vi']);

const WOMEN = 'Hội Nữ Doanh nhân Hải Phòng';
const RENAMED = 'Hội Nữ Doanh nhân thành phố Hải Phòng';

let unitPath = '';

const title = (page: Page) => page.getByTestId('unit-name-title');
const details = (page: Page) => page.locator('.ant-descriptions').first();
const editForm = (page: Page) => page.getByRole('dialog').filter({ has: page.getByTestId('unit-name') });

async function openEditForm(page: Page) {
  await page.getByTestId('unit-edit').click();
  await page.waitForURL((url) => url.pathname === `${unitPath}/edit`);
  await editForm(page).getByTestId('unit-name').waitFor();
}

async function save(page: Page) {
  await editForm(page).getByRole('button', { name: /Lưu/ }).click();
}

describe('two officers on the same unit', () => {
  it('each sees the other’s edit arrive, briefly highlighted, without reloading', async () => {
    const { browsers } = await sessions();
    const [a, b] = browsers.map((browser) => browser.page);
    // B opens their own unit from the header; A opens the same page.
    await b.goto('/');
    await b.getByTestId('header-user-place').filter({ hasText: WOMEN }).click();
    await title(b).filter({ hasText: WOMEN }).waitFor();
    unitPath = new URL(b.url()).pathname;
    await a.goto(unitPath);
    await title(a).filter({ hasText: WOMEN }).waitFor();

    await openEditForm(a);
    await editForm(a).getByTestId('unit-name').fill(RENAMED);
    await save(a);
    await a.waitForURL((url) => url.pathname === unitPath);
    await title(a).filter({ hasText: RENAMED }).waitFor();

    // B's page follows, flashes the title and says who changed it.
    await title(b).filter({ hasText: RENAMED }).waitFor();
    await b.locator('[data-testid="unit-name-title"].live-changed').waitFor();
    await b.getByText('Trần Thị Bình (Ban Thi đua – Khen thưởng) (can_bo_ban) vừa cập nhật bản ghi này').waitFor();
    await browsers[1].screenshot('live-1-remote-edit-arrives');
    // A's own change is not announced to A.
    expect(await a.locator('.live-changed').count()).toBe(0);
    expect(await a.getByText(/vừa cập nhật bản ghi này/).count()).toBe(0);
    // The flash is brief.
    await b.locator('[data-testid="unit-name-title"].live-changed').waitFor({ state: 'detached', timeout: 6_000 });
  });

  it('each sees the other on the page, and which field the other is editing', async () => {
    const { browsers } = await sessions();
    const [a, b] = browsers.map((browser) => browser.page);
    // The avatars next to the title, named by who and what they do (as their tooltips say).
    const avatar = (page: Page, label: RegExp) => title(page).locator('.ant-avatar').and(page.getByLabel(label));
    // Both are on the unit's page: each sees the other's avatar, not their own.
    await avatar(a, /^Phạm Thu Hà .* đang xem$/).waitFor();
    await avatar(b, /^Trần Thị Bình .* đang xem$/).waitFor();
    expect(await avatar(a, /^Trần Thị Bình/).count()).toBe(0);

    // A starts editing the short name: B's avatar of A says so, and in B's form the field is marked.
    await openEditForm(a);
    await editForm(a).getByLabel('Tên viết tắt').focus();
    await avatar(b, /^Trần Thị Bình .* đang sửa trường Tên viết tắt$/).waitFor();
    await openEditForm(b);
    const marker = editForm(b).getByTestId('editing-marker-shortName');
    await marker.waitFor();
    expect(await marker.innerText()).toBe('Đang sửa: Trần Thị Bình (Ban Thi đua – Khen thưởng)');
    await b.locator('.ant-zoom-appear, .ant-zoom-enter').waitFor({ state: 'detached' });
    await browsers[1].screenshot('live-presence-field-marker');

    // A leaves the form: the marker goes away, and both are back on the page.
    await editForm(a).getByRole('button', { name: 'Hủy' }).click();
    await a.waitForURL((url) => url.pathname === unitPath);
    await marker.waitFor({ state: 'detached' });
    await editForm(b).getByRole('button', { name: 'Hủy' }).click();
    await b.waitForURL((url) => url.pathname === unitPath);
    await avatar(b, /^Trần Thị Bình .* đang xem$/).waitFor();
  });

  it('both edit the same fields: B’s save opens the merge dialog, B keeps one field each way, and both end with the same unit', async () => {
    const { browsers } = await sessions();
    const [a, b] = browsers.map((browser) => browser.page);
    // Both open the form on the same version.
    await openEditForm(b);
    await openEditForm(a);
    const shortNameOfB = await editForm(b).getByLabel('Tên viết tắt').inputValue();

    await editForm(a).getByLabel('Tên viết tắt').fill('HNDN-A');
    await editForm(a).getByLabel('Địa bàn').fill('Hải Phòng (A)');
    await save(a);
    await a.waitForURL((url) => url.pathname === unitPath);
    await details(a).getByText('HNDN-A').waitFor();

    // B's page behind the form follows; what B's form holds does not move.
    await details(b).getByText('HNDN-A').waitFor();
    expect(await editForm(b).getByLabel('Tên viết tắt').inputValue()).toBe(shortNameOfB);

    await editForm(b).getByLabel('Tên viết tắt').fill('HNDN-B');
    await editForm(b).getByLabel('Địa bàn').fill('Hải Phòng (B)');
    await editForm(b).getByLabel('Ghi chú').fill('Ghi chú của cán bộ đơn vị');
    await save(b);

    const merge = b.getByTestId('merge-dialog');
    await merge.waitFor();
    expect(await merge.innerText()).toContain('Trần Thị Bình (Ban Thi đua – Khen thưởng)');
    const row = (field: string) => merge.locator(`[data-testid="conflict-field"][data-field="${field}"]`);
    expect(await merge.locator('[data-testid="conflict-field"]').count()).toBe(2);
    expect(await row('shortName').getByTestId('merge-theirs').innerText()).toBe('HNDN-A');
    expect(await row('shortName').getByTestId('merge-yours').innerText()).toBe('HNDN-B');
    expect(await row('area').getByTestId('merge-theirs').innerText()).toBe('Hải Phòng (A)');
    await b.locator('.ant-zoom-appear, .ant-zoom-enter').waitFor({ state: 'detached' });
    await browsers[1].screenshot('live-2-merge-dialog');
    // Mine for the short name (the default), theirs for the area.
    await row('area').getByText('Giữ của họ').click();
    await b.getByRole('button', { name: 'Lưu theo lựa chọn' }).click();
    await b.waitForURL((url) => url.pathname === unitPath);
    await merge.waitFor({ state: 'detached' });

    const expected = ['HNDN-B', 'Hải Phòng (A)', 'Ghi chú của cán bộ đơn vị'];
    for (const page of [b, a]) {
      for (const value of expected) await details(page).getByText(value, { exact: true }).waitFor();
    }
    await browsers[0].screenshot('live-3-same-values');
    // The server's record, not the pages' memory.
    for (const page of [a, b]) {
      await page.reload();
      for (const value of expected) await details(page).getByText(value, { exact: true }).waitFor();
      await title(page).filter({ hasText: RENAMED }).waitFor();
    }
    expect(browsers.flatMap((browser) => browser.problems)).toEqual([]);
  });

  it('after B’s connection dropped, B catches up by itself: subscribed again from the last event B had, A’s change arrives', async () => {
    const { browsers } = await sessions();
    const [a, b] = browsers.map((browser) => browser.page);
    // B's socket goes through the test, which can cut it (and refuse new ones) and read what goes through.
    let down = false;
    const sockets: { page: WebSocketRoute; server: WebSocketRoute; open: boolean }[] = [];
    const subscribed: { since?: string }[] = [];
    const delivered: string[] = [];
    await b.routeWebSocket(/\/graphql$/, (page) => {
      if (down) return void page.close({ code: 1001, reason: 'network down' });
      const server = page.connectToServer();
      const socket = { page, server, open: true };
      sockets.push(socket);
      page.onMessage((message) => {
        const parsed = JSON.parse(String(message)) as { type: string; payload?: { operationName?: string; variables?: { since?: string } } };
        // The app's other subscriptions (presence, comments) share the socket.
        if (parsed.type === 'subscribe' && parsed.payload?.operationName === 'LiveChanges') subscribed.push(parsed.payload.variables ?? {});
        server.send(message);
      });
      server.onMessage((message) => {
        if (!socket.open) return;
        const parsed = JSON.parse(String(message)) as { type: string; payload?: { data?: { changes?: { seq: string } } } };
        if (parsed.type === 'next' && parsed.payload?.data?.changes) delivered.push(parsed.payload.data.changes.seq);
        page.send(message);
      });
    });
    await b.reload();
    await title(b).filter({ hasText: RENAMED }).waitFor();
    await expect.poll(() => subscribed.length).toBe(1);

    // A change B receives, then the connection drops and A changes the unit again.
    await openEditForm(a);
    await editForm(a).getByLabel('Tên viết tắt').fill('HNDN-1');
    await save(a);
    await details(b).getByText('HNDN-1', { exact: true }).waitFor();
    const lastBeforeDrop = delivered.at(-1)!;
    down = true;
    for (const socket of sockets) socket.open = false;
    await Promise.all(sockets.flatMap((socket) => [socket.page.close({ code: 1001, reason: 'network down' }), socket.server.close()]));
    await openEditForm(a);
    await editForm(a).getByLabel('Tên viết tắt').fill('HNDN-2');
    await save(a);
    await details(a).getByText('HNDN-2', { exact: true }).waitFor();
    await b.waitForTimeout(1_500);
    expect(await details(b).getByText('HNDN-2', { exact: true }).count()).toBe(0);

    // Back online: one subscription, from the last event B had; what it missed arrives first.
    down = false;
    await details(b).getByText('HNDN-2', { exact: true }).waitFor({ timeout: 30_000 });
    expect(subscribed.slice(1)).toEqual([{ since: lastBeforeDrop }]);
    // Every event reached B once.
    expect(new Set(delivered).size).toBe(delivered.length);
    expect(browsers.flatMap((browser) => browser.problems)).toEqual([]);
  });

  it('a unit A creates appears once in B’s list, highlighted, and once in A’s own', async () => {
    const { browsers } = await sessions();
    const [a, b] = browsers.map((browser) => browser.page);
    const NEW = 'Hội Thử nghiệm Cập nhật trực tiếp';
    const list = '/units?q=thu%20nghiem%20cap%20nhat';
    for (const page of [a, b]) {
      await page.goto(list);
      await page.getByTestId('total-count').filter({ hasText: '0' }).waitFor();
    }
    await a.getByTestId('create-unit').click();
    await editForm(a).getByTestId('unit-name').fill(NEW);
    await save(a);
    await title(a).filter({ hasText: NEW }).waitFor();

    const row = (page: Page) => page.locator('tbody tr', { has: page.getByRole('link', { name: NEW }) });
    await row(b).and(b.locator('.live-changed')).waitFor();
    await b.getByTestId('total-count').filter({ hasText: '1' }).waitFor();
    await browsers[1].screenshot('live-4-created-row');
    await a.goBack();
    await row(a).waitFor();
    await a.getByTestId('total-count').filter({ hasText: '1' }).waitFor();
    // Give a late event the time to add anything: still one row each, A's not highlighted.
    await a.waitForTimeout(500);
    expect(await row(a).count()).toBe(1);
    expect(await row(b).count()).toBe(1);
    expect(await a.locator('.live-changed').count()).toBe(0);
    expect(browsers.flatMap((browser) => browser.problems)).toEqual([]);
  });
});
