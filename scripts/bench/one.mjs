/**
 * One browser measurement of the bench on its own, against the site already built in dist/:
 * `node scripts/bench/one.mjs first-edit [runs]` or `node scripts/bench/one.mjs latency [edits]`.
 * Prints the raw figures as JSON. For working on one budget without the whole (5-minute) bench.
 */
import { measureFirstEdit } from './first-edit.mjs';
import { measureLatency } from './latency.mjs';
import { startPreview } from './preview.mjs';

const [what, n] = process.argv.slice(2);
const measures = {
  'first-edit': (url) => measureFirstEdit(url, Number(n ?? 5)),
  latency: (url) => measureLatency(url, Number(n ?? 500)),
};
if (!measures[what]) {
  console.error(`usage: node scripts/bench/one.mjs ${Object.keys(measures).join('|')} [count]`);
  process.exit(2);
}
const server = await startPreview(Number(process.env.BENCH_PORT ?? 4344));
try {
  console.log(JSON.stringify(await measures[what](server.url), null, 2));
} finally {
  await server.stop();
}
