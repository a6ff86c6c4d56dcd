/**
 * `npm run test:bytes`: the JavaScript each built page ships (gzip) against its budget.
 * Run after `npm run build`; exits non-zero when a page or the engine chunk is over budget, or
 * when any browser chunk contains mathjs (the browser runs compiled formulas only).
 */
import { existsSync } from 'node:fs';
import { mathjsChunks, siteBytes } from './bench/bytes.mjs';
import { byteBudgets } from './bench/byte-budgets.mjs';
import { bytesTable } from './bench/table.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(dist)) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const { baseline, rows, misses } = byteBudgets(siteBytes(dist, process.env.BASE_PATH ?? '/'), mathjsChunks(dist));
console.log(bytesTable(rows, baseline));
for (const m of misses) console.error(`over budget: ${m}`);
process.exit(misses.length ? 1 : 0);
