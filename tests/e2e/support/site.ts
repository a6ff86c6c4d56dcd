/** The built site as a whole: its pages (from the sitemap) and the ways a reader can break them. */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** Every page path in the built sitemap (dist/sitemap-0.xml), as served (base path included). */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  if (paths.length === 0) throw new Error('dist/sitemap-0.xml lists no pages: run `npm run build` first.');
  return paths;
}

/** The sitemap's pages that have a calculator, read from their built HTML. */
export function calculatorPaths(): string[] {
  const base = process.env['BASE_PATH'] ?? '/';
  const root = base.endsWith('/') ? base : `${base}/`;
  const html = (path: string) => readFileSync(`dist/${path.slice(root.length)}index.html`, 'utf8');
  const paths = sitemapPaths().filter((path) => /<form class="calc/.test(html(path)));
  if (paths.length === 0) throw new Error('no built page has a calculator: run `npm run build` first.');
  return paths;
}

/**
 * Records, from before any page script runs, every CSP violation, uncaught error and console
 * error, and fails on any dialog. Returns a function that asserts none happened.
 */
export async function watchForProblems(page: Page): Promise<() => Promise<void>> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      );
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`a ${d.type()} dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  return async () => {
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect([...problems, ...violations.map((v) => `CSP violation: ${v}`)]).toEqual([]);
  };
}

/** The text inputs of every calculator on the page (selects and sliders excluded). */
export const calculatorFields = (page: Page): Locator => page.locator('form.calc input[type="text"]');

/** Waits until every island on the page has hydrated. */
export async function islandsHydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/**
 * Puts a different, valid value into a calculator field: tries a few values near the shown one
 * until the field accepts one and a result changes. Returns the value typed.
 */
export async function editToValidValue(field: Locator): Promise<string> {
  const form = field.locator('xpath=ancestor::form[1]');
  const results = form.locator('dd[data-quantity]');
  const before = await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  // The shown text is a number and maybe a scale word ("30 T"); keep the word, change the number.
  const [, digits = '', scale = ''] = /^([\d.,]*)\s*(.*)$/.exec((await field.inputValue()).trim()) ?? [];
  const shown = Number(digits.replaceAll(',', ''));
  for (const candidate of [shown - 1, shown / 2, shown * 2, shown + 1, shown + 0.5]) {
    const text = `${candidate}${scale ? ` ${scale}` : ''}`;
    await field.fill(text);
    try {
      await expect(field).toHaveAttribute('aria-invalid', 'false', { timeout: 2000 });
      await expect
        .poll(() => results.evaluateAll((els) => els.map((e) => e.getAttribute('data-value'))), { timeout: 3000 })
        .not.toEqual(before);
      return text;
    } catch {
      // Not a valid value for this input, or it changes nothing shown here; try the next one.
    }
  }
  throw new Error(`no nearby value of ${await field.getAttribute('id')} changed a result`);
}
