import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const server = fileURLToPath(new URL('../..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** What `pnpm build` compiles into dist/: the product only, never tests, builders or the test harness. */
describe('the build', () => {
  it('compiles no test, builder or test-support file', () => {
    const files = execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--listFilesOnly'], { cwd: server, encoding: 'utf8' })
      .split('\n')
      .filter((file) => file.startsWith(`${server}src/`));
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => /\.test\.ts$|\.builders\.ts$|\/test-support\//.test(file))).toEqual([]);
  });
});
