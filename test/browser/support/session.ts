import { afterAll, beforeAll } from 'vitest';
import { openBrowser, requireChromium, type Browser } from './browser.js';
import { startProduct, type Product } from './product.js';
import { signIn } from './signIn.js';

export interface Session {
  product: Product;
  browser: Browser;
}

export interface Sessions {
  product: Product;
  /** One browser (its own profile, cookies and socket) per user, in the order given. */
  browsers: Browser[];
}

export interface SessionOptions {
  /** Demo account the browser is signed in as before the first test (see signIn.ts); none: anonymous. */
  user?: string;
}

/** The product, and a browser per entry of `users` signed in as it (undefined: anonymous). */
async function start(users: (string | undefined)[]): Promise<Sessions> {
  requireChromium();
  const product = await startProduct();
  const browsers: Browser[] = [];
  try {
    for (const user of users) {
      const browser = await openBrowser(product.url);
      browsers.push(browser);
      if (user) await signIn(browser, product.url, user);
    }
    return { product, browsers };
  } catch (error) {
    await Promise.all(browsers.map((browser) => browser.close()));
    await product.stop();
    throw error;
  }
}

/**
 * One product server and several browsers for a test file, each signed in as one of `users`
 * (officers working at the same time). Each test awaits them, so when chromium is missing or the
 * product is not built, every test fails with that message (none is reported as skipped).
 */
export function browserSessions(users: (string | undefined)[]): () => Promise<Sessions> {
  let sessions: Promise<Sessions> | undefined;
  beforeAll(async () => {
    sessions = start(users);
    await sessions.catch(() => undefined);
  });
  afterAll(async () => {
    const running = await sessions?.catch(() => undefined);
    await Promise.all(running?.browsers.map((browser) => browser.close()) ?? []);
    await running?.product.stop();
  });
  return () => sessions ?? Promise.reject(new Error('browserSessions() used outside a test'));
}

/** One product server and one browser for a test file, signed in as `options.user` when given. */
export function browserSession(options: SessionOptions = {}): () => Promise<Session> {
  const sessions = browserSessions([options.user]);
  return async () => {
    const { product, browsers } = await sessions();
    return { product, browser: browsers[0] };
  };
}
