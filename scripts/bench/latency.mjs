/**
 * Recompute latency in Chromium: from an `input` event on a calculator field until every number a
 * reader can see shows the new value: each [data-quantity] element's `data-value` and its own
 * number text (`.q-text`, or a calculator's `output`). The clock stops at the first check (after
 * the handler, then after each microtask) at which the whole page matches. Edits alternate
 * between two values, so every edit changes numbers.
 *
 * The numbers inside a closed popover are written as it opens (src/client/page-numbers.ts), not at
 * the edit. They are checked too, not timed: after the edits, each popover that holds one is
 * opened in turn and must show the numbers for the last value.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/e2e/support/browser.ts';
import { FIELD } from '../../src/lib/present/number-markup.ts';

/** A calculator's text field for an input, by the attribute of the number-markup contract. */
const fieldOf = (id) => `input[type="text"][${FIELD.id}="${id}"]`;

/**
 * The pages measured: a field with many dependents on each (its calculator field, found by the
 * quantity it edits, since field ids are per-page and short), and two valid values for it.
 */
export const LATENCY_PAGES = [
  { path: '/pretraining/', field: fieldOf('pretrain.gpus'), values: ['8192', '4096'] },
  { path: '/architecture/', field: fieldOf('arch.hidden_dim'), values: ['6652', '5120'] },
];

/** Runs in the page: `edits` timed edits of `field`; returns the times in ms and the numbers each edit changes. */
async function measureInPage({ field: selector, values, edits }) {
  const field = document.querySelector(selector);
  if (!field) throw new Error(`no field ${selector}`);
  // A number as the reader and a script see it: its value and its own text. The whole element's
  // text would add a popover's contents, and reading those would put the check's cost in the figure.
  const all = [...document.querySelectorAll('[data-quantity]')];
  const boxes = all.map((el) => el.querySelector('.q-text, output'));
  const shown = (i) => `${all[i].getAttribute('data-value')}\u0001${boxes[i]?.textContent ?? ''}`;
  const homes = all.map((el) => /** @type {HTMLElement | null} */ (el.closest('[popover]')));
  const popovers = [...new Set(homes.filter(Boolean))];
  /** Every number as a reader would find it, opening each popover in turn to read its numbers. */
  const snapshot = () => {
    const out = all.map((_, i) => shown(i));
    for (const p of popovers) {
      p.showPopover();
      homes.forEach((h, i) => h === p && (out[i] = shown(i)));
      p.hidePopover();
    }
    return out.join('\u0000');
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const set = (v) => {
    field.value = v;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };
  // Learn what the page shows for each value; the first edit also loads the engine.
  field.focus();
  const cited = snapshot();
  const expected = [];
  for (const v of values) {
    set(v);
    const before = expected.length ? expected[0] : cited;
    for (let i = 0; i < 300 && snapshot() === before; i++) await frame();
    for (let i = 0; i < 5; i++) await frame();
    expected.push(snapshot());
  }
  field.focus(); // opening popovers moved focus; edits are typed into the field
  // The numbers that differ between the two values: the dependent ones. Timed: those on show.
  // Checking only them keeps the measurement's own cost (reading the DOM) out of the figure.
  const texts = expected.map((e) => e.split('\u0000'));
  const dependent = all.flatMap((_, i) => (texts[0][i] !== texts[1][i] ? [i] : []));
  const onShow = dependent.filter((i) => !homes[i]).map((i) => [i, texts[0][i], texts[1][i]]);
  if (!onShow.length) throw new Error(`${values.join(' and ')} show the same numbers`);
  const shows = (k) => onShow.every(([i, ...want]) => shown(i) === want[k]);
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
  await frame();
  if (snapshot() !== expected[(edits - 1) % 2]) throw new Error('the page ended with numbers other than expected');
  return { times, changed: onShow.length, inPopovers: dependent.length - onShow.length };
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
      const { times, changed, inPopovers } = await page.evaluate(measureInPage, {
        field: p.field,
        values: p.values,
        edits,
      });
      const sorted = [...times].sort((a, b) => a - b);
      out.push({
        page: p.path,
        edits: times.length,
        changed,
        inPopovers,
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
