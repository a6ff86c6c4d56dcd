/** The performance budgets of issue 6, in one place. 1 kB = 1000 bytes. */
export const KB = 1000;

/** The baseline: a page of the site with no numbers and no island, so only Starlight's own JS. */
export const BASELINE_PAGE = '/method/';

/** Gzip bytes of JavaScript: over the baseline for a page, absolute for the lazily loaded engine. */
export const BYTES = { readingOverBaseline: 1 * KB, calculatorOverBaseline: 15 * KB, engine: 90 * KB };

/** Recompute latency in Chromium, milliseconds from an input event to every number updated. */
export const LATENCY = { medianMs: 1, p95Ms: 4 };

/** Lighthouse category scores (0–100), mobile settings. */
export const LIGHTHOUSE = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
