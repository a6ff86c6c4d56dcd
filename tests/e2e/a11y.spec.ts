/**
 * Axe on every page of the sitemap, in both of Starlight's themes, with every axe rule enabled:
 * WCAG A to AAA (enhanced contrast included), best practice, and the experimental rules; and on
 * the pre-training page with a number's popover open and with a calculator showing an error.
 * Nothing is waived: Starlight's search button, which axe flagged (label-content-name-mismatch),
 * is overridden by src/components/overrides/Search.astro.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { calculatorFields, islandsHydrated, sitemapPaths } from './support/site';

// Every rule on a long page takes axe a while on a loaded machine.
test.describe.configure({ timeout: 120_000 });

/** Every rule axe has, deprecated ones included. */
const ALL_RULES = axe.getRules().map((r) => r.ruleId);

/** Axe violations on the page, as readable lines (rule, impact, first targets). */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withRules(ALL_RULES).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

/** Opens a page in a Starlight theme (stored in localStorage before any page script runs). */
async function openInTheme(page: Page, path: string, theme: 'light' | 'dark') {
  await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  if ((await page.locator('astro-island').count()) > 0) await islandsHydrated(page);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    for (const path of sitemapPaths()) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await openInTheme(page, path, theme);
        expect(await violations(page)).toEqual([]);
      });
    }
  });
}

test.describe('pre-training page, in states a reader reaches', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`with a number's popover open (${theme})`, async ({ page }) => {
      await openInTheme(page, '/pretraining/', theme);
      const button = page.locator('.q .q-value').first();
      await button.click();
      const popId = await button.getAttribute('popovertarget');
      await expect(page.locator(`[id="${popId}"]`)).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test(`with an inline error shown after an edit (${theme})`, async ({ page }) => {
      await openInTheme(page, '/pretraining/', theme);
      const field = calculatorFields(page).first();
      await field.fill('abc');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('.calc-error').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});
