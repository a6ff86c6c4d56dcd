/**
 * When the runtime loads: a page only read loads none of it, at any width; a reader who scrolls a
 * calculator into the window gets it before they reach a field, so their first edit has nothing to
 * wait for. The runtime is the chunk src/client/runtime.ts builds to (`/_astro/runtime.*.js`).
 */
import { expect, test, type Page } from '@playwright/test';
import { calculatorPaths } from './support/site';

const isRuntime = (url: string) => /\/_astro\/runtime\.[\w-]+\.js$/.test(url);

/** Collects the runtime requests a page makes from now on. */
function runtimeRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => isRuntime(r.url()) && seen.push(r.url()));
  return seen;
}

for (const width of [390, 1440]) {
  test(`read from the top at ${width} px, no calculator page loads the runtime`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const seen = runtimeRequests(page);
    for (const path of calculatorPaths()) {
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      expect(seen, path).toEqual([]);
    }
  });
}

test('scrolling a calculator into the window loads the runtime before any field is touched', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const seen = runtimeRequests(page);
  await page.goto('/pretraining/', { waitUntil: 'networkidle' });
  expect(seen).toEqual([]);
  const loaded = page.waitForRequest((r) => isRuntime(r.url()));
  await page.locator('form.calc').first().scrollIntoViewIfNeeded();
  await loaded;
  await page.waitForLoadState('networkidle');
  // The first edit then recomputes: some result of the calculators differs from its cited value.
  const results = page.locator('form.calc dd[data-quantity]');
  const values = () => results.evaluateAll((dds) => dds.map((dd) => dd.getAttribute('data-value')).join());
  const cited = await values();
  await page.locator('form.calc [data-field="pretrain.gpus"]').first().fill('4096');
  await expect.poll(values).not.toBe(cited);
  expect(seen).toHaveLength(1);
});
