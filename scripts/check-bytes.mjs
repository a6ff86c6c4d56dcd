/**
 * `npm run test:bytes`: the JavaScript each built page ships (gzip) against its budget.
 * Run after `npm run build`; exits non-zero when a page, the engine chunk or a page's figures'
 * redraw is over budget, or when any browser chunk contains mathjs (the browser runs compiled formulas only).
 */
import { existsSync } from 'node:fs';
import { mathjsChunks, siteBytes } from './bench/bytes.mjs';
import { byteBudgets } from './bench/byte-budgets.mjs';
import { BYTES } from './bench/budgets.mjs';
import { figureBytes } from './bench/figure-bytes.mjs';
import { bytesTable } from './bench/table.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(dist)) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const { baseline, rows, misses } = byteBudgets(siteBytes(dist, process.env.BASE_PATH ?? '/'), mathjsChunks(dist));
console.log(bytesTable(rows, baseline));
// Issue 17: the figures' live redraw, per page with figures, against its own budget.
for (const [page, f] of Object.entries(figureBytes(dist, process.env.BASE_PATH ?? '/'))) {
  console.log(`figures' redraw on ${page} (${f.figures.join(', ')}): ${f.bytes} B, budget ${BYTES.figures} B`);
  if (f.bytes > BYTES.figures) misses.push(`${page}: the figures' redraw is ${f.bytes} B, budget ${BYTES.figures} B`);
}
for (const m of misses) console.error(`over budget: ${m}`);
process.exit(misses.length ? 1 : 0);
