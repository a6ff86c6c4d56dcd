/**
 * The first edit a reader makes, on a fresh browser context (nothing cached, no engine loaded):
 * focus a calculator field, set its value and dispatch one `input` event, with no wait between.
 * The clock starts at that event and stops when every [data-quantity] outside a closed popover
 * shows its new value (its `data-value` and its own number text), checked after every DOM change
 * (a MutationObserver) and every frame. Run unthrottled and with the CPU throttled 4× through CDP
 * (`Emulation.setCPUThrottlingRate`), as a mid-range phone. Also counts the JavaScript the page
 * loads (gzip bytes of every script response): before any use (network idle, at 390 and 1440 px)
 * and after the first edit, against Starlight's bare 404 page in the same run (the floor).
 *
 * Also timed, as a reader's path rather than the measure: the same edit after the field was
 * scrolled into the window and the network went idle (`scrolled`), since a calculator scrolled into
 * the window loads the runtime (src/client/boot.ts).
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/e2e/support/browser.ts';
import { LATENCY_PAGES } from './latency.mjs';

/** Runs in the page: what every number outside a closed popover shows, one string. */
function snapshotInPage() {
  const all = [...document.querySelectorAll('[data-quantity]')].filter((el) => !el.closest('[popover]'));
  return all
    .map((el) => `${el.getAttribute('data-value')}\u0001${el.querySelector('.q-text, output')?.textContent ?? ''}`)
    .join('\u0000');
}

/** Runs in the page: the timed first edit; resolves to the milliseconds until `expected` shows. */
function firstEditInPage({ field: selector, value, expected }) {
  return new Promise((resolve, reject) => {
    const field = document.querySelector(selector);
    if (!field) return reject(new Error(`no field ${selector}`));
    // The numbers and their text boxes, found before the clock starts (the runtime writes into
    // them and replaces neither), so that a check costs the figure little more than reading them.
    const all = [...document.querySelectorAll('[data-quantity]')].filter((el) => !el.closest('[popover]'));
    const boxes = all.map((el) => el.querySelector('.q-text, output'));
    const read = () =>
      all.map((el, i) => `${el.getAttribute('data-value')}\u0001${boxes[i]?.textContent ?? ''}`).join('\u0000');
    let t0 = 0;
    let done = false;
    const check = () => {
      if (done || read() !== expected) return;
      done = true;
      observer.disconnect();
      resolve(performance.now() - t0);
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const frame = () => {
      if (done) return;
      check();
      if (performance.now() - t0 > 10_000) {
        observer.disconnect();
        return reject(new Error('the numbers did not change within 10 s'));
      }
      requestAnimationFrame(frame);
    };
    field.focus();
    field.value = value;
    t0 = performance.now();
    field.dispatchEvent(new Event('input', { bubbles: true }));
    requestAnimationFrame(frame);
  });
}

const gzip = (buf) => gzipSync(buf).length;

/** Counts the gzip bytes of every JavaScript response a page receives; the count awaits every body read so far. */
function countScripts(page) {
  const seen = new Map();
  const pending = [];
  page.on('response', (r) => {
    const type = r.headers()['content-type'] ?? '';
    if (!/javascript/.test(type) && !r.url().endsWith('.js')) return;
    pending.push(
      r.body().then(
        (body) => seen.set(r.url(), gzip(body)),
        () => undefined, // a response without a body (a redirect)
      ),
    );
  });
  return async () => {
    await Promise.all(pending);
    return [...seen.values()].reduce((a, b) => a + b, 0);
  };
}

/** The numbers `value` shows on the page at `path`, learnt on a context of its own. */
async function expectedAfter(browser, url, field, value) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.fill(field, value);
  await page.waitForTimeout(1500);
  const snap = await page.evaluate(snapshotInPage);
  const before = await (async () => {
    const p2 = await context.newPage();
    await p2.goto(url);
    const s = await p2.evaluate(snapshotInPage);
    await p2.close();
    return s;
  })();
  await context.close();
  if (snap === before) throw new Error(`${url}: ${value} shows the same numbers as the cited value`);
  return snap;
}

/**
 * One timed first edit on a fresh context; `throttle` is the CPU slowdown (1 = none). With
 * `scrolled`, the field is first scrolled into the window and the page left until the network is idle.
 */
async function timedFirstEdit(browser, url, field, value, expected, throttle, scrolled = false) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = countScripts(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const before = await bytes();
  if (scrolled) {
    await page.locator(field).scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const ms = await page.evaluate(firstEditInPage, { field, value, expected });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const after = await bytes();
  await context.close();
  return { ms, before, after };
}

/** JS loaded until the network is idle, no input, on a fresh context at `width` px. */
async function scriptsBeforeUse(browser, url, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const bytes = countScripts(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const n = await bytes();
  await context.close();
  return n;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Per calculator page: first-edit times (median and max of `runs` fresh contexts, unthrottled and
 * 4×; at once, and after scrolling to the field), JS before use at 390 and 1440 px and after the first edit; and the floor (the 404 page).
 */
export async function measureFirstEdit(baseUrl, runs = 5) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const floor = Math.max(
      await scriptsBeforeUse(browser, `${baseUrl}/404.html`, 390),
      await scriptsBeforeUse(browser, `${baseUrl}/404.html`, 1440),
    );
    const pages = [];
    for (const p of LATENCY_PAGES) {
      const url = baseUrl + p.path;
      const value = p.values[1];
      const expected = await expectedAfter(browser, url, p.field, value);
      const result = { page: p.path };
      for (const throttle of [1, 4]) {
        const times = [];
        let after = 0;
        for (let i = 0; i < runs; i++) {
          const r = await timedFirstEdit(browser, url, p.field, value, expected, throttle);
          times.push(r.ms);
          after = Math.max(after, r.after);
        }
        result[`x${throttle}`] = { median: median(times), max: Math.max(...times), runs: times };
        result.after = Math.max(result.after ?? 0, after);
        const scrolled = [];
        for (let i = 0; i < runs; i++)
          scrolled.push((await timedFirstEdit(browser, url, p.field, value, expected, throttle, true)).ms);
        result[`scrolledX${throttle}`] = { median: median(scrolled), max: Math.max(...scrolled), runs: scrolled };
      }
      result.before = Math.max(await scriptsBeforeUse(browser, url, 390), await scriptsBeforeUse(browser, url, 1440));
      pages.push(result);
    }
    return { floor, pages };
  } finally {
    await browser.close();
  }
}
