/**
 * Popovers, prose numbers, work lines, search and chart labels as a reader meets them (issue 13):
 * work lines in math notation, a close button on touch screens, a popover beside its number on a
 * phone, no stale `title` after an edit, popovers kept out of the search index, chart labels at
 * least 11 px on a 360 px phone, and `?pretrain.gpus=1e300` without sideways scrolling.
 */
import { expect, test, type Page } from '@playwright/test';
import { calculatorPaths, sitemapPaths } from './support/site';

/** Every "show the work" line on a page, as its text. */
const workLines = (page: Page) =>
  page.locator('[data-work]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-work')}: ${e.textContent}`));

/** Code syntax that must never show in a work line: a conditional, a comparison, exponent notation, code operators. */
const CODE = /[?:<>*^]|\de[+-]?\d|==|&&|\(\(/;

test.describe('work lines read as math, not code', () => {
  for (const path of calculatorPaths()) {
    test(`on ${path}, at the cited values`, async ({ page }) => {
      await page.goto(path);
      const lines = await workLines(page);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.filter((l) => CODE.test(l.slice(l.indexOf(': ') + 2)))).toEqual([]);
    });
  }

  test('the architecture page shows the branch that was taken, and the other one after a switch', async ({ page }) => {
    // recon.latent_moe is a switch, 1 (LatentMoE) or 0 (standard MoE), tested by a branch of this formula.
    const line = page.locator('.calc-work[data-work="recon.moe_shared_per_layer"]').first();
    await page.goto('/architecture/');
    await expect(line).toHaveText(/— LatentMoE/);
    await page.goto('/architecture/?recon.latent_moe=0');
    await expect(line).toHaveText(/— Standard MoE/);
    // The branch not taken (2 × hidden × latent) is gone: the line starts with the taken one, 0.
    await expect(line).toHaveText(/^\(0 \+ /);
    expect(await line.textContent()).not.toMatch(CODE);
  });
});

test.describe('popovers on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('a popover opens next to its number, not at the window’s edge', async ({ page }) => {
    await page.goto('/pretraining/');
    // Numbers in the prose, well away from the left edge: the popover must follow each one.
    const buttons = page.locator('.sl-markdown-content p .q .q-value');
    const count = await buttons.count();
    let checked = 0;
    for (let i = 0; i < count && checked < 4; i++) {
      const button = buttons.nth(i);
      await button.scrollIntoViewIfNeeded();
      const b = (await button.boundingBox())!;
      if (b.x < 150) continue;
      await button.click();
      const popover = page.locator(`[id="${await button.getAttribute('popovertarget')}"]`);
      await expect(popover).toBeVisible();
      const p = (await popover.boundingBox())!;
      // Inside the window, with a margin …
      expect(p.x).toBeGreaterThanOrEqual(4);
      expect(p.x + p.width).toBeLessThanOrEqual(390 - 4);
      // … right below or above its number, overlapping it horizontally …
      const gap = Math.min(Math.abs(p.y - (b.y + b.height)), Math.abs(b.y - (p.y + p.height)));
      expect(gap).toBeLessThanOrEqual(12);
      expect(p.x).toBeLessThanOrEqual(b.x + b.width);
      expect(p.x + p.width).toBeGreaterThanOrEqual(b.x);
      // … and not squeezed into a sliver: a phone's popover is nearly the column's width.
      expect(p.width).toBeGreaterThanOrEqual(300);
      await page.keyboard.press('Escape');
      await expect(popover).toBeHidden();
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

test.describe('popovers on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

  test('have a visible, labelled close button that closes them', async ({ page }) => {
    await page.goto('/pretraining/');
    const button = page.locator('.sl-markdown-content .q .q-value').first();
    await button.tap();
    const popover = page.locator(`[id="${await button.getAttribute('popovertarget')}"]`);
    await expect(popover).toBeVisible();
    const closeButton = popover.getByRole('button', { name: 'Close' });
    await expect(closeButton).toBeVisible();
    const box = (await closeButton.boundingBox())!;
    // A target a finger can hit (WCAG 2.5.8: at least 24 × 24 CSS px).
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await closeButton.tap();
    await expect(popover).toBeHidden();
  });
});

test('a mouse and keyboard reader closes a popover with Escape', async ({ page }) => {
  await page.goto('/pretraining/');
  const button = page.locator('.sl-markdown-content .q .q-value').first();
  await button.focus();
  await page.keyboard.press('Enter');
  const popover = page.locator(`[id="${await button.getAttribute('popovertarget')}"]`);
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});

test('no number keeps a title that an edit would leave stale', async ({ page }) => {
  await page.goto('/pretraining/');
  const field = page.locator('form.calc input[data-field="pretrain.goodput"]').first();
  await field.fill('85');
  // 51 h / (1 − 0.85) = 340 h: the wall-clock hours change (arithmetic on the cited overhead).
  const wall = page.locator('.sl-markdown-content .q[data-quantity="pretrain.wall_hours"]').first();
  await expect(wall).toHaveClass(/is-changed/);
  const shown = (await wall.locator('.q-text').first().textContent())!;
  const titles = await page
    .locator('[data-quantity] [title], [data-quantity][title]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('title')));
  // Either no title at all, or one that says what the number shows now.
  expect(titles.filter((t) => t && /\d/.test(t) && !t.includes(shown.split(' ')[0]!))).toEqual([]);
});

test.describe('search indexes the prose, not the popovers', () => {
  test('every popover body and every hidden cited note is marked data-pagefind-ignore', async ({ page }) => {
    for (const path of sitemapPaths()) {
      await page.goto(path);
      const unmarked = await page
        .locator('.q-about[popover], .q-cited, .calc-cited')
        .evaluateAll((els) => els.filter((e) => !e.closest('[data-pagefind-ignore]')).length);
      expect(unmarked, path).toBe(0);
    }
  });

  test('a search for MFU finds the prose, with no "(cited:" or "Used by" in its excerpts', async ({ page }) => {
    await page.goto('/');
    const excerpts = await page.evaluate(async () => {
      const url = new URL('pagefind/pagefind.js', document.baseURI).href;
      const pagefind = (await import(/* @vite-ignore */ url)) as {
        search(q: string): Promise<{ results: { data(): Promise<{ excerpt: string; content: string }> }[] }>;
      };
      const found = await pagefind.search('MFU');
      return Promise.all(found.results.map(async (r) => (await r.data()).content));
    });
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.filter((e) => /\(cited:|Used by \d/.test(e))).toEqual([]);
  });
});

test.describe('chart labels on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const path of ['/pretraining/', '/architecture/', '/compute/', '/hardware/', '/stages/', '/comparison/']) {
    test(`are at least 11 px on ${path}`, async ({ page }) => {
      await page.goto(path);
      const small = await page.locator('svg text').evaluateAll((texts) =>
        texts
          .filter((t) => (t as SVGTextElement).getClientRects().length > 0)
          .map((t) => {
            const el = t as SVGTextElement;
            const scale = el.ownerSVGElement!.getScreenCTM()!.a;
            return { text: el.textContent, px: parseFloat(getComputedStyle(el).fontSize) * scale };
          })
          .filter((l) => l.px < 11 - 0.01),
      );
      expect(small).toEqual([]);
    });
  }
});

test.describe('?pretrain.gpus=1e300 does not scroll sideways', () => {
  for (const width of [390, 1440]) {
    test(`at ${width} px, on every page`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of sitemapPaths()) {
        await page.goto(`${path}?pretrain.gpus=1e300`);
        await page.waitForLoadState('networkidle');
        const wide = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          window: window.innerWidth,
          boxes: [...document.querySelectorAll('.sl-markdown-content *')]
            .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > window.innerWidth + 1)
            .filter((e) => !e.closest('[popover]') && getComputedStyle(e.parentElement!).overflowX === 'visible')
            .slice(0, 3)
            .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
        }));
        expect(wide.page, `${path}: ${wide.boxes.join(', ')}`).toBeLessThanOrEqual(wide.window);
      }
    });
  }
});
