// Prints the gzip size of the JavaScript the first screen loads (entry chunk and its static imports).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
const sizes = [...initial].map((file) => {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
});
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
for (const s of sizes) console.log(`  ${s.file}: ${kb(s.raw)} (gzip ${kb(s.gzip)})`);
const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js')).length;
console.log(`JavaScript của màn hình đầu tiên / initial JavaScript: ${kb(total)} gzip (${sizes.length} tệp; ${all} tệp JS trong bản build)`);
