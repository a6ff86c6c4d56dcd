/** Holds the JS byte figures of a built site to the budgets: one row per page, with its verdict. */
import { BASELINE_PAGE, BYTES } from './budgets.mjs';

/**
 * Rows `{ page, kind, before, after, lazy, budget, ok }` for every page, and `misses`, one
 * sentence per budget missed. A reading page has no calculator; a calculator page has one.
 */
export function byteBudgets(site) {
  const base = site[BASELINE_PAGE];
  if (!base) throw new Error(`The baseline page ${BASELINE_PAGE} was not built.`);
  if (base.island || base.numbers) {
    throw new Error(
      `The baseline page ${BASELINE_PAGE} must have no numbers and no calculator; pick another in budgets.mjs.`,
    );
  }
  const misses = [];
  const rows = Object.entries(site).map(([page, b]) => {
    const kind = page === BASELINE_PAGE ? 'baseline' : b.island ? 'calculator' : 'reading';
    const over = kind === 'calculator' ? BYTES.calculatorOverBaseline : BYTES.readingOverBaseline;
    const budget = base.before + over;
    const ok = b.before <= budget && b.lazy <= BYTES.engine;
    if (b.before > budget)
      misses.push(`${page}: ${b.before} B of JS before interaction, budget ${budget} B (baseline + ${over} B)`);
    if (b.lazy > BYTES.engine) misses.push(`${page}: engine chunk ${b.lazy} B, budget ${BYTES.engine} B`);
    return { page, kind, before: b.before, after: b.after, lazy: b.lazy, budget, ok };
  });
  return { baseline: base.before, rows, misses };
}
