import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startServer, tempDataDir, waitUntilReady, type ServerProcess } from '../support/server-process.js';

/**
 * The built web app as the product serves it (`npm start`): the production build, compressed, with
 * long-lived caching for the hashed assets and revalidation for index.html and the app's routes.
 */
const clientDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');
const dataDir = tempDataDir();
let server: ServerProcess;

beforeAll(async () => {
  server = startServer({
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
  });
  await waitUntilReady(server);
});
afterAll(async () => {
  if (server?.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** What was sent, undecoded (fetch would decode the body and hide the encoding). */
function get(pathname: string, acceptEncoding?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.url}${pathname}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('the web app served by the product', () => {
  it('sends the entry script of index.html compressed, cached for a year as immutable', async () => {
    const index = fs.readFileSync(path.join(clientDist, 'index.html'), 'utf8');
    const entry = index.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(entry).toBeTruthy();
    const original = fs.readFileSync(path.join(clientDist, entry!));

    const br = await get(entry!, 'gzip, deflate, br, zstd');
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.body).equals(original)).toBe(true);
    expect(br.body.length).toBeLessThan(original.length / 2);

    const gzip = await get(entry!, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).equals(original)).toBe(true);

    // A production build: no development React in the entry.
    expect(original.toString()).not.toMatch(/react-dom-client\.development|\[antd: /);
  });

  it('answers index.html for the app routes with no-cache, compressed too', async () => {
    for (const route of ['/', '/login', '/units?q=hoi', '/commendations?year=2023']) {
      const page = await get(route, 'br');
      expect(page.status, route).toBe(200);
      expect(page.headers['content-type'], route).toMatch(/^text\/html/);
      expect(page.headers['cache-control'], route).toBe('no-cache');
      const html = page.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(page.body) : page.body;
      expect(html.toString(), route).toContain('<div id="root"></div>');
    }
    expect((await get('/assets/not-a-chunk-123.js', 'br')).status).toBe(404);
  });

  it('keeps the first screens within their JavaScript budgets (login 250 kB, first signed-in screen 350 kB, brotli)', () => {
    const report = spawnSync(process.execPath, [path.join(clientDist, '../scripts/report-size.mjs'), '--strict'], { encoding: 'utf8' });
    expect(report.stdout).toMatch(/login page: JavaScript [\d.]+ kB brotli/);
    expect(report.status, report.stdout + report.stderr).toBe(0);
  });
});
