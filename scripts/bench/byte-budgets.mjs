/** Holds the JS byte figures of a built site to the budgets: one row per page, with its verdict. */
import { BASELINE_PAGE, BYTES } from './budgets.mjs';

/**
 * Rows `{ page, kind, before, after, lazy, budget, ok }` for every page, and `misses`, one
 * sentence per budget missed; `mathjs` lists the browser chunks that contain mathjs, each a miss. A reading page has no calculator; a calculator page has one.
 * The floor is the baseline page (Starlight's bare 404 page); the search UI it loads lazily is
 * part of every page's floor and not counted as a page's own lazy code.
 */
export function byteBudgets(site, mathjs = []) {
  const base = site[BASELINE_PAGE];
  if (!base) throw new Error(`The baseline page ${BASELINE_PAGE} was not built.`);
  if (base.calculator || base.numbers) {
    throw new Error(
      `The baseline page ${BASELINE_PAGE} must have no numbers and no calculator; pick another in budgets.mjs.`,
    );
  }
  const floorLazy = new Set(base.lazyFiles);
  const misses = mathjs.map((c) => `${c.file}: mathjs in a browser chunk (${c.markers.join('; ')})`);
  const rows = Object.entries(site).map(([page, b]) => {
    const kind = page === BASELINE_PAGE ? 'baseline' : b.calculator ? 'calculator' : 'reading';
    const own = b.lazyFiles.filter((f) => !floorLazy.has(f));
    const lazy = own.reduce((n, f) => n + b.lazyBytes[f], 0);
    const after = b.before + lazy;
    const over = kind === 'calculator' ? BYTES.calculatorOverBaseline : BYTES.readingOverBaseline;
    const budget = base.before + over;
    const afterBudget = base.before + BYTES.afterUseOverBaseline;
    const ok = b.before <= budget && b.engine <= BYTES.engine && after <= afterBudget;
    if (b.before > budget)
      misses.push(`${page}: ${b.before} B of JS before interaction, budget ${budget} B (baseline + ${over} B)`);
    if (b.engine > BYTES.engine) misses.push(`${page}: engine chunk ${b.engine} B, budget ${BYTES.engine} B`);
    if (after > afterBudget)
      misses.push(
        `${page}: ${after} B of JS after use, budget ${afterBudget} B (baseline + ${BYTES.afterUseOverBaseline} B)`,
      );
    return { page, kind, before: b.before, after, lazy, engine: b.engine, budget, ok };
  });
  return { baseline: base.before, rows, misses };
}
