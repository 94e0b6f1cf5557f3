import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, serverMain, startServer, tempDataDir, waitUntilReady, type ServerProcess } from '../../support/server-process.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const clientIndex = path.join(repoRoot, 'client', 'dist', 'index.html');

/** Password of the demo accounts (can_bo_ban, can_bo_khoi, can_bo_don_vi, phan_tich), see README. */
export const DEMO_PASSWORD = 'thidua-demo-2024';
/** Password the browser tests give the first administrator (`admin`). */
export const ADMIN_PASSWORD = 'quan-tri-thu-2024';

export interface Product {
  url: string;
  server: ServerProcess;
  stop(): Promise<void>;
}

/**
 * The built product as a user gets it: `node server/dist/main.js` on its own ports and data
 * folder (embedded PostgreSQL with the demo data and accounts), serving the built web app at `/`.
 */
export async function startProduct(): Promise<Product> {
  for (const [file, build] of [
    [serverMain, 'cd server && npx tsc -p tsconfig.build.json'],
    [clientIndex, 'cd client && npx vite build'],
  ] as const) {
    if (!fs.existsSync(file)) throw new Error(`Chưa build: thiếu ${file}. Chạy "${build}" (hoặc "pnpm run build") trước. / Not built.`);
  }
  const dataDir = tempDataDir();
  const server = startServer({
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    // The demo data (with its demo accounts), and a known administrator password instead of a
    // random one printed at the first start.
    SEED_DEMO: 'true',
    ADMIN_PASSWORD,
  });
  try {
    await waitUntilReady(server);
  } catch (error) {
    server.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: server.url,
    server,
    stop: async () => {
      if (server.child.exitCode === null) {
        server.child.kill('SIGTERM');
        const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
        await server.exited;
        clearTimeout(timer);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
