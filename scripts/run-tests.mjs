// Runs every package's tests in turn, all of them even after a failure, and fails if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const packages = ['shared', 'server', 'client', 'test'];

/** The browser tests drive Debian's chromium; install it when missing and we may (root with apt). */
function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.log('Thiếu /usr/bin/chromium cho kiểm thử trình duyệt / chromium missing: apt-get install -y chromium');
    return;
  }
  console.log('== cài Debian chromium cho kiểm thử trình duyệt / installing chromium for the browser tests');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
ensureChromium();
const pnpm = path.join(import.meta.dirname, 'pnpm.mjs');
const failed = [];
for (const name of packages) {
  console.log(`\n== ${name}: tests`);
  const { status } = spawnSync(process.execPath, [pnpm, '--filter', `./${name}`, 'run', 'test'], { stdio: 'inherit' });
  if (status !== 0) failed.push(name);
}
console.log(failed.length ? `\nKiểm thử thất bại / tests failed in: ${failed.join(', ')}` : '\nMọi kiểm thử đều đạt / all tests passed.');
process.exit(failed.length ? 1 : 0);
