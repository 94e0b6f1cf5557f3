import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../client/src/routes/graphiql/examples.js';
import type { Browser } from './support/browser.js';
import { login } from '../support/server-process.js';
import { DEMO_PASSWORD } from './support/product.js';
import { browserSession } from './support/session.js';

/** GraphiQL for analysts, bundled with the app: it must work with no internet at all. Signed in as the demo analyst. */
const session = browserSession({ user: 'phan_tich' });
const external: string[] = [];
let offline: Promise<unknown> | undefined;

/** The session with the internet cut off: anything not served by the product is refused (and recorded). */
async function offlineSession() {
  const { product, browser } = await session();
  offline ??= browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(product.url)) return route.continue();
    external.push(url);
    return route.abort('internetdisconnected');
  });
  await offline;
  return { product, browser };
}

/** Waits until the query editor (Monaco: spans, non-breaking spaces) shows the text. */
async function editorShows(page: Browser['page'], text: string) {
  await page.waitForFunction(
    (expected) => (document.querySelector('.graphiql-query-editor .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ').includes(expected),
    text,
  );
}

describe('GraphiQL', () => {
  it('runs an example query chosen from the list and shows its result', async () => {
    const { browser } = await offlineSession();
    const { page } = browser;
    const graphqlHeaders: Record<string, string>[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') graphqlHeaders.push(request.headers());
    });
    await page.goto('/graphiql');
    await page.getByRole('heading', { name: 'GraphiQL (phân tích)' }).waitFor();
    const examples = page.getByTestId('graphiql-examples');
    await examples.waitFor({ timeout: 30_000 });
    expect(await examples.locator('button').count()).toBe(EXAMPLES.length);
    // The default tab holds the first example, in a ready Monaco editor.
    await page.locator('.graphiql-tab', { hasText: 'LeadingUnits' }).waitFor();
    await editorShows(page, 'query LeadingUnits');
    // The preloaded example runs as it is (GraphiQL leaves its variables editor empty).
    await page.waitForTimeout(500);
    const [preloaded] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql' && (r.request().postData() ?? '').includes('LeadingUnits')),
      page.locator('.graphiql-execute-button').click(),
    ]);
    expect((await preloaded.json()).errors).toBeUndefined();

    await page.getByTestId('example-awards-2022').click();
    await editorShows(page, 'query AwardsByType');
    // GraphiQL takes the operation name from the editor a moment later (debounced): the tab's
    // title says when it has, otherwise ▶ may still run the previous operation.
    await page.locator('.graphiql-tab', { hasText: 'AwardsByType' }).waitFor();
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql' && (r.request().postData() ?? '').includes('AwardsByType')),
      page.locator('.graphiql-execute-button').click(),
    ]);
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.byAwardType.map((g: any) => [g.key.awardType.code, g.count])).toEqual([
      ['CO_THI_DUA_UBND_TINH', 1],
      ['BANG_KHEN_CHU_TICH_UBND_TINH', 4],
    ]);
    // …and the result editor shows it.
    await page.waitForFunction(() => /"count":\s*4/.test(document.querySelector('.graphiql-response')?.textContent?.replace(/\u00a0/g, ' ') ?? ''));
    await browser.screenshot('graphiql-example');

    // Every request carried the CSRF-prevention header the server requires.
    expect(graphqlHeaders.length).toBeGreaterThan(0);
    for (const headers of graphqlHeaders) expect(headers['apollo-require-preflight']).toBe('true');
  });

  it('shows the schema documentation (docs explorer) with the API’s Vietnamese descriptions', async () => {
    const { browser } = await offlineSession();
    const { page } = browser;
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('commendationStats', { exact: true }).first().click();
    await docs
      .getByText(/Thống kê khen thưởng \(commendation stats\)/)
      .first()
      .waitFor();
    await browser.screenshot('graphiql-docs');
  });

  it('loads an example into a new tab when the editor holds the user’s own query', async () => {
    const { browser } = await offlineSession();
    const { page } = browser;
    await page.getByRole('button', { name: 'Show Truy vấn mẫu' }).click();
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('query MyOwn { units { totalCount } }');
    await page.locator('.graphiql-tab', { hasText: 'MyOwn' }).waitFor();
    const tabs = page.locator('.graphiql-tab');
    const before = await tabs.count();
    await page.getByTestId('example-search-without-diacritics').click();
    await page.locator('.graphiql-tab', { hasText: 'SearchWithoutDiacritics' }).waitFor();
    expect(await tabs.count()).toBe(before + 1);
    await editorShows(page, 'query SearchWithoutDiacritics');
    await page.locator('.graphiql-tab', { hasText: 'MyOwn' }).click();
    await editorShows(page, 'query MyOwn');
    expect(external).toEqual([]);
    expect(browser.problems).toEqual([]);
  });

  it('offers only examples that run without errors on the demo data, with or without their variables', async () => {
    const { product } = await offlineSession();
    for (const user of ['phan_tich', 'can_bo_ban']) {
      const headers = await login(product.url, user, DEMO_PASSWORD);
      for (const example of EXAMPLES) {
        for (const variables of [example.variables, undefined]) {
          const res = await fetch(`${product.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
            body: JSON.stringify({ query: example.query, variables }),
          });
          const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
          const run = `${example.id} as ${user}${variables ? '' : ' without variables'}`;
          expect({ run, errors: body.errors }).toEqual({ run, errors: undefined });
          expect(JSON.stringify(body.data).length, run).toBeGreaterThan(100);
        }
      }
    }
  });
});
