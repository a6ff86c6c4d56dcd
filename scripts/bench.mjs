/**
 * `npm run bench`: builds the site and measures it in one run — JS per page (from dist/ and as
 * Chromium loads it), the first edit on a fresh page (unthrottled and 4× CPU throttle), warm
 * recompute latency, HTML bytes, build time and memory, Lighthouse — and prints one table beside
 * the floor (Starlight's bare 404 page). Exits non-zero when a budget is missed. Raw figures go to
 * bench-results/bench.json. Settings: BENCH_PORT (4344), BENCH_EDITS (500 per page),
 * BENCH_FIRST_RUNS (5 fresh contexts per page and throttle), BENCH_LH_RUNS (5 per page).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mathjsChunks, siteBytes } from './bench/bytes.mjs';
import { byteBudgets } from './bench/byte-budgets.mjs';
import { measureBuild } from './bench/build.mjs';
import { readFileSync } from 'node:fs';
import * as BUDGETS from './bench/budgets.mjs';
import { measureFirstEdit } from './bench/first-edit.mjs';
import { measureLatency } from './bench/latency.mjs';
import { measureLighthouse } from './bench/lighthouse.mjs';
import { startPreview } from './bench/preview.mjs';
import { benchTable } from './bench/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4344);
const edits = Number(process.env.BENCH_EDITS ?? 500);
const lighthouseRuns = Number(process.env.BENCH_LH_RUNS ?? 5);
const firstRuns = Number(process.env.BENCH_FIRST_RUNS ?? 5);
const LIGHTHOUSE_PAGES = ['/', '/pretraining/', '/architecture/'];

const step = (what) => console.error(`bench: ${what}…`);

step('building the site');
const build = await measureBuild(root);
step('counting JavaScript');
const bytes = byteBudgets(siteBytes(`${root}dist`, process.env.BASE_PATH ?? '/'), mathjsChunks(`${root}dist`));
step(`serving on 127.0.0.1:${port}`);
const server = await startPreview(port);
const html = Object.fromEntries(
  Object.keys(BUDGETS.HTML).map((page) => [page, readFileSync(`${root}dist${page}index.html`).length]),
);
let latency, lighthouse, firstEdit;
try {
  step(`timing the first edit on ${firstRuns} fresh contexts per page, unthrottled and 4× throttled`);
  firstEdit = await measureFirstEdit(server.url, firstRuns);
  step(`timing ${edits} edits per page in Chromium`);
  latency = await measureLatency(server.url, edits);
  step(`Lighthouse, ${lighthouseRuns} runs per page`);
  lighthouse = await measureLighthouse(server.url, [BUDGETS.BASELINE_PAGE, ...LIGHTHOUSE_PAGES], lighthouseRuns);
} finally {
  await server.stop();
}

const { table, misses } = benchTable({ build, bytes, latency, lighthouse, firstEdit, html }, BUDGETS);
console.log(table);
mkdirSync(`${root}bench-results`, { recursive: true });
const { log: _log, ...buildFigures } = build;
writeFileSync(
  `${root}bench-results/bench.json`,
  JSON.stringify(
    { date: new Date().toISOString(), build: buildFigures, bytes, firstEdit, latency, html, lighthouse, misses },
    null,
    2,
  ),
);
if (misses.length) {
  console.log(`\n${misses.length} budget(s) missed:`);
  for (const m of misses) console.log(`- ${m}`);
  process.exit(1);
}
console.log('\nEvery budget met.');
