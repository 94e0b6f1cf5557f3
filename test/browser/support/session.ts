import { afterAll, beforeAll } from 'vitest';
import { openBrowser, requireChromium, type Browser } from './browser.js';
import { startProduct, type Product } from './product.js';

export interface Session {
  product: Product;
  browser: Browser;
}

async function start(): Promise<Session> {
  requireChromium();
  const product = await startProduct();
  try {
    return { product, browser: await openBrowser(product.url) };
  } catch (error) {
    await product.stop();
    throw error;
  }
}

/**
 * One product server and one browser for a test file. Each test awaits the session, so when
 * chromium is missing or the product is not built, every test fails with that message (none is
 * reported as skipped).
 */
export function browserSession(): () => Promise<Session> {
  let session: Promise<Session> | undefined;
  beforeAll(async () => {
    session = start();
    await session.catch(() => undefined);
  });
  afterAll(async () => {
    const running = await session?.catch(() => undefined);
    await running?.browser.close();
    await running?.product.stop();
  });
  return () => session ?? Promise.reject(new Error('browserSession() used outside a test'));
}
