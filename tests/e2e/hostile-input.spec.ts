/**
 * Hostile input, end to end: every calculator field on every page gets the values below, typed
 * and as URL parameters. Each gets a clear inline message or notice (or, where the value is
 * valid for that input, a finite result); the last good result stays; no NaN or Infinity is
 * shown as a number; no console error, no dialog, no injected element.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { calculatorFields, calculatorPaths, islandsHydrated, watchForProblems } from './support/site';

const HOSTILE = [
  '',
  '   ',
  '-1',
  '0',
  '-0',
  '1e309',
  '1e-400',
  '1e308',
  'NaN',
  'Infinity',
  '-Infinity',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'; alert(1); '",
  '51 kg',
  '1'.repeat(10_000),
  '٥١', // Arabic-Indic digits
  '５１', // full-width digits
  '1,,2',
  '0x10',
  '++1',
  '1/0',
  '0/0',
  '1 e 3',
  '½',
  '\u202e15', // right-to-left override
  'null',
  '{}',
  '%',
  '1;2',
];

/** A result is a finite number: never NaN, never Infinity. */
const finite = (v: string | null) => v !== null && v !== '' && Number.isFinite(Number(v));

/** The data-value of every result of the calculator that holds `field`. */
const resultsOf = (field: Locator) =>
  field
    .locator('xpath=ancestor::form[1]')
    .locator('dd[data-quantity]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));

/** The quantity id of a calculator field: its `data-field` (FIELD.id of the markup contract). */
async function quantityOf(_page: Page, field: Locator): Promise<string> {
  const id = await field.getAttribute('data-field');
  if (!id) throw new Error(`no quantity for field #${await field.getAttribute('id')}`);
  return id;
}

/** Nothing was injected, and no number on the page reads NaN or Infinity. */
async function expectNothingInjected(page: Page) {
  await expect(page.locator('img[src="x"], script:text("alert(1)")')).toHaveCount(0);
  const numbers = await page
    .locator('[data-value], .q-text, output')
    .evaluateAll((els) =>
      els
        .map((e) => `${e.getAttribute('data-value') ?? ''} ${e.textContent ?? ''}`)
        .filter((t) => /NaN|Infinity|∞/.test(t)),
    );
  expect(numbers).toEqual([]);
}

// Pages without a calculator have no field to type into; the CSP and axe specs cover them.
const pages = calculatorPaths();

for (const path of pages) {
  test(`${path}: hostile values typed into every calculator field`, async ({ page }) => {
    test.setTimeout(180_000);
    const noProblems = await watchForProblems(page);
    await page.goto(path);
    const fields = calculatorFields(page);
    const count = await fields.count();
    expect(count, 'the page has calculator fields').toBeGreaterThan(0);
    await islandsHydrated(page);

    for (let i = 0; i < count; i++) {
      const field = fields.nth(i);
      const original = await field.inputValue();
      await field.focus();
      let lastGood = await resultsOf(field);
      for (const value of HOSTILE) {
        await field.fill(value);
        const invalid = await field.getAttribute('aria-invalid');
        if (invalid === 'true') {
          // A clear message next to the field, linked to it, and the last good results untouched.
          const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ');
          const errorId = describedBy.find((d) => d.endsWith('-error'));
          expect(
            errorId,
            `an error message is linked to the field for ${JSON.stringify(value.slice(0, 30))}`,
          ).toBeTruthy();
          await expect(page.locator(`[id="${errorId}"]`)).toHaveText(/\w{3,}/);
          expect(await resultsOf(field)).toEqual(lastGood);
        } else {
          // Accepted: the value is valid for this input, and every result is finite.
          const now = await resultsOf(field);
          expect(now.every(finite), `finite results for ${JSON.stringify(value.slice(0, 30))}: ${now.join(', ')}`).toBe(
            true,
          );
          lastGood = now;
        }
      }
      await field.fill(original);
      await expect(field).toHaveAttribute('aria-invalid', 'false');
      await field.blur();
    }
    await expectNothingInjected(page);
    await noProblems();
  });

  test(`${path}: hostile values as URL parameters`, async ({ page, request }) => {
    test.setTimeout(180_000);
    const built = await (await request.get(path)).text();
    // The page names the site's one model file, which its runtime fetches (LivePage.astro).
    const modelUrl = /\sdata-model-url="([^"]*)"/.exec(built)?.[1];
    const cited = [...built.matchAll(/<[a-z][^>]*\sdata-value="([^"]*)"[^>]*>/gi)].map((m) => m[1]);
    expect(modelUrl, 'the page names its model file').toBeTruthy();
    expect((await request.get(modelUrl!)).ok(), 'the model file is served').toBe(true);
    const noProblems = await watchForProblems(page);
    await page.goto(path);
    await islandsHydrated(page);
    const fields = calculatorFields(page);
    const ids: string[] = [];
    for (let i = 0; i < (await fields.count()); i++) ids.push(await quantityOf(page, fields.nth(i)));
    const params = [...new Set(ids)];

    for (const value of HOSTILE) {
      // One URL per value with every field's parameter; the 10,000-character value goes in one
      // parameter only (a server refuses request headers over 16 kB).
      const used = value.length > 1000 ? params.slice(0, 1) : params;
      const query = new URLSearchParams(used.map((p) => [p, value]));
      await page.goto(`${path}?${query.toString()}`);
      await islandsHydrated(page);
      const notices = page.locator('[data-scenario-notices]');
      // The runtime has run once every parameter is either named in a notice or applied.
      let refused: string[] = [];
      await expect
        .poll(async () => {
          // Each notice names its parameter in data-param (its text names the input by label).
          const named = await notices.locator('p[data-param]').evaluateAll((ps) => ps.map((p) => p.dataset['param']));
          refused = used.filter((p) => named.includes(p));
          return refused.length === used.length || page.url().includes('?');
        })
        .toBe(true);
      const values = await page
        .locator('[data-value]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
      expect(values.every(finite), `finite values for ${JSON.stringify(value.slice(0, 30))}`).toBe(true);
      if (refused.length === used.length) {
        // Every parameter was refused and named: the page shows the cited values.
        await expect
          .poll(() => page.locator('[data-value]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value'))))
          .toEqual(cited);
      }
      await expectNothingInjected(page);
    }
    await noProblems();
  });
}
