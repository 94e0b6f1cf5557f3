// Prints the JavaScript each first screen loads, as transferred (brotli, as the server sends it)
// and gzip: the login page, and the first screen once signed in (the dashboard). Each is the entry
// chunk with its static imports, plus the chunks of the page's route modules with their static imports (vite manifest).
// With --strict (the protocol tests) it fails when one is past its budget; a build only says so.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));
const PAGES = [
  { vi: 'Trang đăng nhập', en: 'login page', modules: ['src/routes/login/LoginPage.tsx'], budgetKb: 250 },
  {
    vi: 'Màn hình đầu tiên sau đăng nhập',
    en: 'first signed-in screen',
    modules: ['src/app/AppLayout.tsx', 'src/routes/dashboard/DashboardPage.tsx'],
    budgetKb: 350,
    // Loaded once the page shows (chunks of their own, outside the budget): the chart, and the
    // socket of live updates. Printed for the record.
    after: ['src/routes/dashboard/CommendationChart.tsx', /\/graphql-ws\//],
  },
];

/** The chunk files a manifest entry loads before it runs: itself and its static imports, transitively. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

const sizeCache = new Map();
function sizes(file) {
  if (!sizeCache.has(file)) {
    const full = path.join(dist, file);
    const bytes = fs.readFileSync(full);
    const br = fs.existsSync(`${full}.br`) ? fs.statSync(`${full}.br`).size : Math.min(bytes.length, zlib.brotliCompressSync(bytes).length);
    sizeCache.set(file, { raw: bytes.length, br, gzip: zlib.gzipSync(bytes, { level: 9 }).length });
  }
  return sizeCache.get(file);
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
let over = false;
for (const page of PAGES) {
  const loaded = closure(entry);
  for (const module of page.modules) {
    if (!manifest[module]) throw new Error(`${module} không có trong manifest / not in the vite manifest`);
    closure(module, loaded);
  }
  const files = [...loaded].filter((file) => file.endsWith('.js'));
  const total = files.map(sizes).reduce((sum, s) => ({ raw: sum.raw + s.raw, br: sum.br + s.br, gzip: sum.gzip + s.gzip }), { raw: 0, br: 0, gzip: 0 });
  const ok = total.br <= page.budgetKb * 1024;
  over ||= !ok;
  console.log(
    `${page.vi} / ${page.en}: JavaScript ${kb(total.br)} brotli (gzip ${kb(total.gzip)}, ${kb(total.raw)} chưa nén / raw; ${files.length} tệp / files) — ` +
      `${ok ? 'trong' : 'VƯỢT'} ngân sách ${page.budgetKb} kB / ${ok ? 'within' : 'OVER'} budget`,
  );
  if (page.after) {
    const keys = page.after.flatMap((module) =>
      typeof module === 'string' ? [module] : Object.keys(manifest).filter((key) => module.test(key) && manifest[key].isDynamicEntry),
    );
    const later = [...keys.reduce((files, module) => closure(module, files), new Set())].filter((file) => file.endsWith('.js') && !loaded.has(file));
    const br = later.map(sizes).reduce((sum, s) => sum + s.br, 0);
    console.log(
      `  rồi / then ${keys.map((key) => key.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1] ?? path.basename(key)).join(', ')}: ${kb(br)} brotli (${later.length} tệp / files)`,
    );
  }
  if (process.argv.includes('--verbose')) {
    for (const file of files.sort((a, b) => sizes(b).br - sizes(a).br)) console.log(`    ${file}: ${kb(sizes(file).br)} brotli (${kb(sizes(file).raw)})`);
  }
}
const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js')).length;
console.log(`${all} tệp JS trong bản build / JS files in the build`);
if (over && process.argv.includes('--strict')) process.exit(1);
