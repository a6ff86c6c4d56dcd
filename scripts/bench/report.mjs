/** The benchmark's one table: every figure of the run beside the baseline page and its budget. */
import { BASELINE_PAGE } from './budgets.mjs';
import { formatTable, kB, ms } from './table.mjs';

const mb = (bytes) => `${Math.round(bytes / 1e6)} MB`;

/** `{ table, misses }` from the measured figures and the budgets. */
export function benchTable(
  { build, bytes, latency, lighthouse, firstEdit, html },
  { BYTES, LATENCY, LIGHTHOUSE, LIGHTHOUSE_TBT_MS, FIRST_EDIT, LOADED, HTML },
) {
  const rows = [];
  const misses = [];
  const row = (measure, page, value, baseline, budget, ok) => {
    rows.push([measure, page, value, baseline, budget, ok === undefined ? '' : ok ? 'ok' : 'MISS']);
    if (ok === false) misses.push(`${measure}, ${page}: ${value} (budget ${budget})`);
  };

  const base = kB(bytes.baseline);
  for (const r of bytes.rows.filter((r) => r.kind !== 'baseline')) {
    row(`JS before use (${r.kind} page)`, r.page, kB(r.before), base, `≤ ${kB(r.budget)}`, r.before <= r.budget);
  }
  const engine = bytes.rows.find((r) => r.engine);
  if (engine) {
    row(
      'engine chunk (runtime and its imports), lazy',
      'calculators',
      kB(engine.engine),
      '—',
      `≤ ${kB(BYTES.engine)}`,
      engine.engine <= BYTES.engine,
    );
    row(
      'JS after use (dist/)',
      'calculator pages',
      kB(engine.after),
      base,
      `≤ ${kB(bytes.baseline + BYTES.afterUseOverBaseline)}`,
      engine.after <= bytes.baseline + BYTES.afterUseOverBaseline,
    );
  }

  const floor = kB(firstEdit.floor);
  for (const p of firstEdit.pages) {
    const runs = (r) => `runs ${r.runs.map((t) => t.toFixed(0)).join(', ')}`;
    row(
      `first edit, fresh page, unthrottled, median (${runs(p.x1)})`,
      p.page,
      ms(p.x1.median),
      '—',
      `≤ ${ms(FIRST_EDIT.unthrottledMs)}`,
      p.x1.median <= FIRST_EDIT.unthrottledMs,
    );
    row(
      `first edit, fresh page, 4× CPU throttle, median (${runs(p.x4)})`,
      p.page,
      ms(p.x4.median),
      '—',
      `≤ ${ms(FIRST_EDIT.throttledMs)}`,
      p.x4.median <= FIRST_EDIT.throttledMs,
    );
    // A reader's path, not the issue's measure: no budget, so it never passes or fails the bench.
    for (const [key, how] of [
      ['scrolledX1', 'unthrottled'],
      ['scrolledX4', '4× CPU throttle'],
    ])
      if (p[key])
        row(
          `first edit after scrolling to the field, ${how}, median (${runs(p[key])})`,
          p.page,
          ms(p[key].median),
          '—',
          '',
          undefined,
        );
    const beforeBudget = firstEdit.floor + LOADED.beforeUseOverFloor;
    row(
      'JS loaded before use (Chromium, network idle, 390 and 1440 px)',
      p.page,
      kB(p.before),
      floor,
      `≤ ${kB(beforeBudget)}`,
      p.before <= beforeBudget,
    );
    const afterBudget = firstEdit.floor + LOADED.afterFirstEditOverFloor;
    row(
      'JS loaded after the first edit (Chromium)',
      p.page,
      kB(p.after),
      floor,
      `≤ ${kB(afterBudget)}`,
      p.after <= afterBudget,
    );
  }
  for (const [page, n] of Object.entries(html))
    row('HTML, raw', page, kB(n), '—', `≤ ${kB(HTML[page])}`, n <= HTML[page]);

  for (const l of latency) {
    const note = `${l.edits} edits, ${l.changed} numbers on show + ${l.inPopovers} in popovers`;
    row(
      `recompute median (${note})`,
      l.page,
      ms(l.median),
      '—',
      `≤ ${ms(LATENCY.medianMs)}`,
      l.median <= LATENCY.medianMs,
    );
    row(`warm edit p95 (max ${ms(l.max)})`, l.page, ms(l.p95), '—', `≤ ${ms(LATENCY.p95Ms)}`, l.p95 <= LATENCY.p95Ms);
  }

  const builtPages = build.pages.filter((p) => p.page.endsWith('.html'));
  const astroTime = (page) =>
    build.pages.find((p) => p.page === (page.endsWith('.html') ? page : `${page}index.html`))?.ms;
  row('build, whole site (wall)', `${builtPages.length} pages`, ms(build.ms), '', '', undefined);
  row('build per page (wall / pages)', 'average', ms(build.ms / builtPages.length), '', '', undefined);
  for (const page of ['/', '/pretraining/', '/architecture/']) {
    row(
      'build per page (Astro’s own)',
      page,
      ms(astroTime(page) ?? NaN),
      ms(astroTime(BASELINE_PAGE) ?? NaN),
      '',
      undefined,
    );
  }
  row('build peak memory (process tree RSS)', 'site', build.peakRss ? mb(build.peakRss) : 'n/a', '', '', undefined);

  const baseScores = lighthouse.find((l) => l.page === BASELINE_PAGE);
  for (const l of lighthouse.filter((l) => l.page !== BASELINE_PAGE)) {
    for (const [category, min] of Object.entries(LIGHTHOUSE)) {
      const score = l.scores[category];
      const runs = category === 'performance' && l.runs.length > 1 ? ` (runs ${l.runs.join(', ')})` : '';
      row(`Lighthouse ${category}${runs}`, l.page, score, baseScores?.scores[category] ?? '', `≥ ${min}`, score >= min);
      if (score < min)
        misses.push(`  failing audits: ${l.failing[category].map((a) => `${a.id} ${a.value ?? a.score}`).join('; ')}`);
    }
    const tbt = l.tbtMs;
    row(
      'Lighthouse total blocking time (median run)',
      l.page,
      ms(tbt),
      '',
      `≤ ${ms(LIGHTHOUSE_TBT_MS)}`,
      tbt <= LIGHTHOUSE_TBT_MS,
    );
  }
  const header = ['measure', 'page', 'measured', `baseline ${BASELINE_PAGE}`, 'budget', 'ok'];
  return { table: formatTable(header, rows), misses };
}
