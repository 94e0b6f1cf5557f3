// Runs every package's tests in turn, all of them even after a failure, and fails if any failed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const packages = ['shared', 'server', 'client', 'test'];
const pnpm = path.join(import.meta.dirname, 'pnpm.mjs');
const failed = [];
for (const name of packages) {
  console.log(`\n== ${name}: tests`);
  const { status } = spawnSync(process.execPath, [pnpm, '--filter', `./${name}`, 'run', 'test'], { stdio: 'inherit' });
  if (status !== 0) failed.push(name);
}
console.log(failed.length ? `\nKiểm thử thất bại / tests failed in: ${failed.join(', ')}` : '\nMọi kiểm thử đều đạt / all tests passed.');
process.exit(failed.length ? 1 : 0);
