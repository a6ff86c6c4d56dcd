/**
 * Axe on every page of the sitemap, in both of Starlight's themes, with zero violations; and on
 * the pre-training page with a number's popover open and with a calculator showing an error.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { calculatorFields, islandsHydrated, sitemapPaths } from './support/site';

/**
 * Starlight's search button is named "Search" but also shows its shortcut ("Ctrl K") as text, so
 * axe's label-content-name-mismatch (WCAG 2.5.3) flags it. That markup is Starlight's own (an
 * upstream issue); this one rule is waived for that one element and applies everywhere else.
 */
const STARLIGHT_WAIVERS = [{ rule: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' }];

/** Axe violations on the page, as readable lines (rule, impact, first targets). */
async function violations(page: Page): Promise<string[]> {
  const { violations: all } = await new AxeBuilder({ page }).analyze();
  const violations = all
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter((n) => !STARLIGHT_WAIVERS.some((w) => w.rule === v.id && n.target.join(' ') === w.target)),
    }))
    .filter((v) => v.nodes.length > 0);
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
