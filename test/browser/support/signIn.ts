import type { Browser } from './browser.js';
import { DEMO_PASSWORD } from './product.js';

const LOGIN = 'mutation SignIn($input: LoginInput!) { login(input: $input) { user { username } userErrors { code message } } }';

/**
 * Signs the browser in as `username` through the `login` mutation, sent with the browser's own
 * request context: the httpOnly session cookie lands in the browser, as after the login page.
 * For tests that are not about signing in (the login page has its own test). Navigate afterwards.
 */
export async function signIn(browser: Browser, baseURL: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  const response = await browser.context.request.post(`${baseURL}/graphql`, {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query: LOGIN, variables: { input: { username, password } } },
  });
  const body = (await response.json()) as { data?: { login: { user: { username: string } | null; userErrors: unknown[] } }; errors?: unknown[] };
  if (!response.ok() || body.errors || !body.data?.login.user) {
    throw new Error(`Đăng nhập ${username} không được / sign-in failed (${response.status()}): ${JSON.stringify(body)}`);
  }
  const cookies = await browser.context.cookies(baseURL);
  if (!cookies.length) throw new Error(`Đăng nhập ${username}: trình duyệt không nhận cookie phiên / no session cookie`);
}

/** Ends the browser's session: forgets its cookies (the server session simply expires). */
export async function signOut(browser: Browser): Promise<void> {
  await browser.context.clearCookies();
}
