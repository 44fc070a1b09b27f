// Gzip size of the JavaScript a first visit loads: the entry chunk plus every chunk it imports
// statically (dynamic imports — other pages, the chart library — load later). Fails above the budget.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_BYTES = 250 * 1000;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: run "npm run build" first.`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
entries.forEach(visit);

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
let total = 0;
const rows = [];
for (const key of initial) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const size = gz(file);
  total += size;
  rows.push([file, size]);
}
const lazyTotal = Object.values(manifest)
  .filter((c) => c.file.endsWith('.js') && ![...initial].some((k) => manifest[k].file === c.file))
  .reduce((sum, c) => sum + gz(c.file), 0);

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
for (const [file, size] of rows.sort((a, b) => b[1] - a[1])) console.log(`  ${kb(size).padStart(9)}  ${file}`);
console.log(`Initial JavaScript (gzip): ${kb(total)} of ${kb(BUDGET_BYTES)} budget; lazily loaded chunks: ${kb(lazyTotal)}`);
if (total > BUDGET_BYTES) {
  console.error('Over budget.');
  process.exit(1);
}
