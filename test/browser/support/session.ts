import { afterAll, beforeAll } from 'vitest';
import { openBrowser, requireChromium, type Browser } from './browser.js';
import { startProduct, type Product } from './product.js';
import { signIn } from './signIn.js';

export interface Session {
  product: Product;
  browser: Browser;
}

export interface SessionOptions {
  /** Demo account the browser is signed in as before the first test (see signIn.ts); none: anonymous. */
  user?: string;
}

async function start({ user }: SessionOptions): Promise<Session> {
  requireChromium();
  const product = await startProduct();
  try {
    const browser = await openBrowser(product.url);
    try {
      if (user) await signIn(browser, product.url, user);
    } catch (error) {
      await browser.close();
      throw error;
    }
    return { product, browser };
  } catch (error) {
    await product.stop();
    throw error;
  }
}

/**
 * One product server and one browser for a test file, signed in as `options.user` when given.
 * Each test awaits the session, so when chromium is missing or the product is not built, every
 * test fails with that message (none is reported as skipped).
 */
export function browserSession(options: SessionOptions = {}): () => Promise<Session> {
  let session: Promise<Session> | undefined;
  beforeAll(async () => {
    session = start(options);
    await session.catch(() => undefined);
  });
  afterAll(async () => {
    const running = await session?.catch(() => undefined);
    await running?.browser.close();
    await running?.product.stop();
  });
  return () => session ?? Promise.reject(new Error('browserSession() used outside a test'));
}
