/**
 * `npm run bench`: builds the site and measures it in one run — JS per page, recompute latency,
 * build time and memory, Lighthouse — and prints one table beside the baseline page (Starlight
 * alone). Exits non-zero when a budget is missed. Raw figures go to bench-results/bench.json.
 * Settings: BENCH_PORT (4344), BENCH_EDITS (500 per page), BENCH_LH_RUNS (3 per page).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { siteBytes } from './bench/bytes.mjs';
import { byteBudgets } from './bench/byte-budgets.mjs';
import { measureBuild } from './bench/build.mjs';
import { BASELINE_PAGE, BYTES, LATENCY, LIGHTHOUSE } from './bench/budgets.mjs';
import { measureLatency } from './bench/latency.mjs';
import { measureLighthouse } from './bench/lighthouse.mjs';
import { startPreview } from './bench/preview.mjs';
import { benchTable } from './bench/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4344);
const edits = Number(process.env.BENCH_EDITS ?? 500);
const lighthouseRuns = Number(process.env.BENCH_LH_RUNS ?? 3);
const LIGHTHOUSE_PAGES = ['/', '/pretraining/', '/architecture/'];

const step = (what) => console.error(`bench: ${what}…`);

step('building the site');
const build = await measureBuild(root);
step('counting JavaScript');
const bytes = byteBudgets(siteBytes(`${root}dist`, process.env.BASE_PATH ?? '/'));
step(`serving on 127.0.0.1:${port}`);
const server = await startPreview(port);
let latency, lighthouse;
try {
  step(`timing ${edits} edits per page in Chromium`);
  latency = await measureLatency(server.url, edits);
  step(`Lighthouse, ${lighthouseRuns} runs per page`);
  lighthouse = await measureLighthouse(server.url, [BASELINE_PAGE, ...LIGHTHOUSE_PAGES], lighthouseRuns);
} finally {
  await server.stop();
}

const { table, misses } = benchTable({ build, bytes, latency, lighthouse }, { BYTES, LATENCY, LIGHTHOUSE });
console.log(table);
mkdirSync(`${root}bench-results`, { recursive: true });
const { log: _log, ...buildFigures } = build;
writeFileSync(
  `${root}bench-results/bench.json`,
  JSON.stringify({ date: new Date().toISOString(), build: buildFigures, bytes, latency, lighthouse, misses }, null, 2),
);
if (misses.length) {
  console.log(`\n${misses.length} budget(s) missed:`);
  for (const m of misses) console.log(`- ${m}`);
  process.exit(1);
}
console.log('\nEvery budget met.');
