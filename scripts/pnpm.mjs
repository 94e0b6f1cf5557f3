// Runs the pinned pnpm through npx, so a fresh machine needs nothing but Node.js.
import { spawnSync } from 'node:child_process';

const PNPM = 'pnpm@12.21.0';
const result = spawnSync('npx', ['--yes', PNPM, ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
