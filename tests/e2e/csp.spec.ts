/**
 * The Content-Security-Policy holds on every page: no 'unsafe-eval' or 'unsafe-inline' for
 * scripts, and nothing the site does (including recomputing a calculator with mathjs) is blocked.
 */
import { expect, test } from '@playwright/test';
import { calculatorFields, editToValidValue, islandsHydrated, sitemapPaths, watchForProblems } from './support/site';

for (const path of sitemapPaths()) {
  test(`${path}: strict CSP, no violation, no console error`, async ({ page }) => {
    const noProblems = await watchForProblems(page);
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toBeTruthy();
    const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'));
    expect(scriptSrc, 'a script-src directive').toBeTruthy();
    expect(csp).not.toContain("'unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");

    const fields = calculatorFields(page);
    if ((await fields.count()) > 0) {
      await islandsHydrated(page);
      // Editing a field loads the runtime and recomputes with mathjs, under the policy.
      await editToValidValue(fields.first());
    }
    await noProblems();
  });
}

test('search (Pagefind, WebAssembly) works under the policy', async ({ page }) => {
  const noProblems = await watchForProblems(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const box = page.locator('dialog input.pagefind-ui__search-input');
  await box.fill('goodput');
  await box.press('Enter');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  await noProblems();
});
