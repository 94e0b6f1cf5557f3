import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE } from '../../core/auth/login-throttle.js';
import { createTestApp, ok, type TestApp } from '../../test-support/app.js';
import { buildUser, PASSWORD } from '../../test-support/authorization.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { username } userErrors { field code } } }`;

/** A sign-in over HTTP, as the login page sends it: the status, the Retry-After header and the answer. */
async function login(url: string, username: string, password: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  return { status: response.status, retryAfter: response.headers.get('retry-after'), cookie, body: await response.json() };
}

describe('sign-in throttling', () => {
  it('blocks an account after its failures, even the right password then, on every instance, with 429 and Retry-After', async () => {
    const user = await buildUser(app.db, 'BOARD_OFFICER');
    for (let i = 0; i < LOGIN_THROTTLE.accountFailures; i += 1) {
      const wrong = await login(app.url, user.username, 'sai-mat-khau-1');
      expect(wrong.status).toBe(200);
      expect(wrong.body.data.login.userErrors).toEqual([{ field: ['password'], code: 'BAD_CREDENTIALS' }]);
    }
    const blocked = await login(app.url, user.username, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.retryAfter)).toBeGreaterThan(0);
    expect(blocked.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(blocked.body.errors[0].message).toContain('thử lại sau');
    const other = await app.anotherInstance();
    try {
      expect((await login(other.url, user.username, PASSWORD)).status).toBe(429);
    } finally {
      await other.close();
    }
    // Another account from the same address still signs in (the address's own limit is higher).
    const colleague = await buildUser(app.db, 'ANALYST');
    expect((await login(app.url, colleague.username, PASSWORD)).body.data.login.user.username).toBe(colleague.username);
  });

  it('clears an account’s count on a successful sign-in', async () => {
    const user = await buildUser(app.db, 'ANALYST');
    for (let i = 0; i < LOGIN_THROTTLE.accountFailures - 1; i += 1) await login(app.url, user.username, 'sai-mat-khau-2');
    expect((await login(app.url, user.username, PASSWORD)).body.data.login.user).not.toBeNull();
    for (let i = 0; i < LOGIN_THROTTLE.accountFailures - 1; i += 1) await login(app.url, user.username, 'sai-mat-khau-3');
    expect((await login(app.url, user.username, PASSWORD)).status).toBe(200);
  });
});

describe('the password policy', () => {
  const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } userErrors { field code message } } }`;

  it('refuses a short, a common or a username-holding new password, writing nothing, and takes a good one', async () => {
    const user = await buildUser(app.db, 'UNIT_OFFICER');
    const gql = app.client({ cookie: (await login(app.url, user.username, PASSWORD)).cookie });
    const change = async (newPassword: string) => ok(await gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword } })).changePassword;
    for (const [weak, says] of [
      ['ngan1', 'ít nhất 10 ký tự'],
      ['Matkhau123456', 'quá phổ biến'],
      [`${user.username}99`, 'tên đăng nhập'],
    ] as const) {
      const answer = await change(weak);
      expect(answer.user).toBeNull();
      expect(answer.userErrors).toEqual([expect.objectContaining({ field: ['newPassword'], code: 'WEAK_PASSWORD', message: expect.stringContaining(says) })]);
    }
    expect((await change('Thi đua 2026 đổi mới')).userErrors).toEqual([]);
  });
});

describe('a one-time password', () => {
  it('allows nothing but reading who one is, changing it and signing out, until it is changed', async () => {
    const user = await buildUser(app.db, 'BOARD_OFFICER');
    user.mustChangePassword = true;
    await app.db.manager.save(user);
    const { cookie } = await login(app.url, user.username, PASSWORD);
    const gql = app.client({ cookie });
    const refused = await gql(`{ units(first: 1) { totalCount } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const write = await gql(`mutation { createUnit(input: { name: "Đơn vị chưa được tạo", kind: ASSOCIATION }) { unit { id } } }`);
    expect(write.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(ok(await gql(`{ viewer { user { mustChangePassword } } }`)).viewer.user.mustChangePassword).toBe(true);
    const changed = ok(
      await gql(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) { userErrors { code } } }`, {
        input: { currentPassword: PASSWORD, newPassword: 'Ban thi đua 2026 mới' },
      }),
    ).changePassword;
    expect(changed.userErrors).toEqual([]);
    expect(ok(await gql(`{ units(first: 1) { totalCount } }`)).units.totalCount).toBeGreaterThanOrEqual(0);
  });
});
