/**
 * The build and the browser agree: every number the build wrote ([data-value]) is what the live
 * runtime computes from the same cited inputs. Each page's HTML is served with every number's
 * data-value (prose, charts, calculator results) replaced by a marker; the runtime then runs
 * (started by a URL parameter equal to a cited value, so no override) and must write back
 * exactly the built value.
 */
import { expect, test } from '@playwright/test';
import { islandsHydrated, sitemapPaths } from './support/site';

const MARKER = 'not-yet-computed';

/** Every data-value in built HTML, in document order, as "quantity=value". */
function builtValues(html: string): { quantity: string; value: string }[] {
  return [...html.matchAll(/<[a-z][^>]*\sdata-value="([^"]*)"[^>]*>/gi)].map((m) => ({
    quantity: /\sdata-quantity="([^"]*)"/.exec(m[0])?.[1] ?? '(none)',
    value: m[1]!,
  }));
}

for (const path of sitemapPaths()) {
  test(`${path}: the browser computes what the build wrote`, async ({ page, request }) => {
    const built = await (await request.get(path)).text();
    const expected = builtValues(built);
    // The page names the site's one model file, which its runtime fetches (LivePage.astro).
    const modelUrl = /\sdata-model-url="([^"]*)"/.exec(built)?.[1];
    if (!modelUrl) {
      // A page without a live model has no numbers for a runtime to recompute.
      expect(expected, `${path} shows numbers but ships no model`).toEqual([]);
      return;
    }
    expect(expected.length).toBeGreaterThan(0);

    // Serve the page with every number's value replaced. Hydration leaves attributes as they are,
    // so a calculator result keeps the marker until the runtime writes its value too.
    await page.route(
      (url) => url.pathname === path,
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/(<[a-z][^>]*\sdata-value=")[^"]*"/gi, `$1${MARKER}"`);
        await route.fulfill({ response, body });
      },
    );

    // A scenario parameter equal to an input's cited (stored) value starts the runtime, overriding nothing.
    const modelResponse = await request.get(modelUrl);
    expect(modelResponse.ok(), `${path}: its model file ${modelUrl} is served`).toBe(true);
    const model = (await modelResponse.json()) as { quantities: Record<string, { kind: string; value?: number }> };
    const [inputId, input] = Object.entries(model.quantities).find(([, q]) => q.kind === 'input')!;
    await page.goto(`${path}?${inputId}=${String(input.value)}`);
    if ((await page.locator('astro-island').count()) > 0) await islandsHydrated(page);
    await expect(page.locator('[data-scenario-notices] p')).toHaveCount(0);

    const live = () =>
      page
        .locator('[data-value]')
        .evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('data-quantity') ?? '(none)'}=${e.getAttribute('data-value')}`),
        );
    await expect.poll(live).toEqual(expected.map((e) => `${e.quantity}=${e.value}`));
  });
}
