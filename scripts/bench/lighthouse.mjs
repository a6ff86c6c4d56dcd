/**
 * Lighthouse scores (mobile: the default form factor with simulated throttling) of pages served
 * at `baseUrl`, driving the same Chromium the end-to-end tests use, launched by chrome-launcher.
 * Each page runs `runs` times and reports the run with the median performance score, as
 * Lighthouse advises: simulated throttling scales the CPU time it observes, which varies.
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../../tests/e2e/support/browser.ts';
import { LIGHTHOUSE } from './budgets.mjs';

const CATEGORIES = Object.keys(LIGHTHOUSE);

/** Audits that cost points: `{ id, title, score }` for every scored audit of a category under 1. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 || category !== 'performance')
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
    )
    .map((a) => ({ id: a.id, title: a.title, score: a.score, value: a.displayValue }));
}

/** Per page: `{ page, scores: { performance, … } (0–100), failing: { category: audits }, metrics, runs }`. */
export async function measureLighthouse(baseUrl, pages, runs = 3) {
  const { executablePath, args } = chromiumLaunchOptions();
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...args],
  });
  try {
    const out = [];
    for (const page of pages) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await audit(baseUrl + page, chrome.port));
      results.sort((a, b) => a.scores.performance - b.scores.performance);
      const median = results[Math.floor(results.length / 2)];
      out.push({ page, ...median, runs: results.map((r) => r.scores.performance) });
    }
    return out;
  } finally {
    chrome.kill();
  }
}

/** One Lighthouse run: scores, failing audits and the main metrics. */
async function audit(url, port) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
  const failing = Object.fromEntries(CATEGORIES.map((c) => [c, failingAudits(lhr, c)]));
  const metrics = Object.fromEntries(
    ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map(
      (id) => [id, lhr.audits[id]?.displayValue],
    ),
  );
  return { scores, failing, metrics, tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN };
}
