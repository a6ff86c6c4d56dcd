/**
 * Recompute latency in Chromium: from an `input` event on a calculator field until every
 * [data-quantity] element on the page shows the numbers for the new value. Static numbers are
 * written synchronously in the handler; island results re-render in Preact's next microtask, so
 * the clock stops at the first check (after the handler, then after each microtask) at which
 * the whole page matches. Edits alternate between two values, so every edit changes numbers.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/e2e/support/browser.ts';

/** The pages measured: a field with many dependents on each, and two valid values for it. */
export const LATENCY_PAGES = [
  { path: '/pretraining/', field: '#pre-training-time-pretrain-gpus', values: ['8192', '4096'] },
  { path: '/architecture/', field: '#parameter-count-reconstruction-arch-hidden_dim', values: ['6652', '5120'] },
];

/** Runs in the page: `edits` timed edits of `field`; returns the times in ms and the numbers updated per edit. */
async function measureInPage({ field: selector, values, edits }) {
  const field = document.querySelector(selector);
  if (!field) throw new Error(`no field ${selector}`);
  const read = () => [...document.querySelectorAll('[data-quantity]')].map((e) => e.textContent).join('\u0000');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const set = (v) => {
    field.value = v;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  // Learn what the page shows for each value; the first edit also loads the engine.
  field.focus();
  const cited = read();
  const expected = [];
  for (const v of values) {
    set(v);
    for (let i = 0; i < 300 && (expected.length ? read() === expected[0] : read() === cited); i++) await frame();
    for (let i = 0; i < 5; i++) await frame();
    expected.push(read());
  }
  // The elements whose text differs between the two values: the dependent numbers. Checking only
  // them keeps the measurement's own cost (reading the DOM) out of the figure.
  const all = [...document.querySelectorAll('[data-quantity]')];
  const texts = expected.map((e) => e.split('\u0000'));
  const dependent = all.flatMap((el, i) => (texts[0][i] !== texts[1][i] ? [[el, texts[0][i], texts[1][i]]] : []));
  if (!dependent.length) throw new Error(`${values.join(' and ')} show the same numbers`);
  const shows = (k) => dependent.every((d) => d[0].textContent === d[k + 1]);
  const times = [];
  for (let i = 0; i < edits; i++) {
    const k = i % 2;
    await frame();
    const t0 = performance.now();
    set(values[k]);
    let n = 0;
    while (!shows(k)) {
      if (++n > 2000) throw new Error(`edit ${i}: the page did not show the numbers for ${values[k]}`);
      await (n < 100 ? Promise.resolve() : frame());
    }
    times.push(performance.now() - t0);
  }
  if (read() !== expected[(edits - 1) % 2]) throw new Error('the page ended with numbers other than expected');
  const changed = dependent.length;
  return { times, changed };
}

/** The value below which `q` of the sorted sample lies (nearest rank). */
export const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];

/** Median and p95 latency per page, over `edits` edits each, against the site served at `baseUrl`. */
export async function measureLatency(baseUrl, edits = 500) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const out = [];
    for (const p of LATENCY_PAGES) {
      const page = await browser.newPage();
      const warnings = [];
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await page.goto(baseUrl + p.path);
      await page.locator('astro-island[ssr]').first().waitFor({ state: 'detached' });
      const { times, changed } = await page.evaluate(measureInPage, { field: p.field, values: p.values, edits });
      const sorted = [...times].sort((a, b) => a - b);
      out.push({
        page: p.path,
        edits: times.length,
        changed,
        median: quantile(sorted, 0.5),
        p95: quantile(sorted, 0.95),
        max: sorted.at(-1),
        throttled: warnings.some((w) => /throttling/i.test(w)),
      });
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}
