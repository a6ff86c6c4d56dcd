/**
 * What a reader sees of a number: its formula typeset, the work with the values put in, changed
 * numbers marked beside their cited values, where a number is used, and a link that reproduces it.
 * Expected values are arithmetic on the notes' figures (51 h overhead, 90 % goodput), written here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { calcResult, hydrated, openPopover, proseNumber, scenarioWritten } from './support/page';

const OVERHEAD_H = 51;
const wallHours = (goodput: number) => OVERHEAD_H / (1 - goodput);

const goodputField = (page: Page) => page.getByLabel('Goodput of the pre-training run', { exact: true });
/** The first calculator's overhead field (the page has two calculators that use it). */
const overheadField = (page: Page) =>
  page.getByLabel('Total overhead of the pre-training run', { exact: true }).first();

test('a derived number’s popover shows its formula as MathML and the work at the cited values', async ({ page }) => {
  await page.goto('/pretraining/');
  const popover = await openPopover(page, 'pretrain.wall_hours');
  const math = popover.locator('math');
  await expect(math).toBeVisible();
  // Names in words, not mangled ids: the formula reads "overhead hours" and "goodput".
  await expect(math).toContainText('overhead');
  await expect(math).not.toContainText('__');
  await expect(popover.locator('code.q-formula')).toHaveText('pretrain.overhead_hours / (1 - pretrain.goodput)');
  // 51 / (1 − 90.0 %) = 510, the notes' own figures
  expect(wallHours(0.9)).toBeCloseTo(510, 9);
  await expect(popover.locator('.q-work')).toHaveText('51 h / (1 − 90.0 %) = 510 h');
});

test('show the work updates after an edit, in the popover and the calculator', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  await goodputField(page).fill('80');
  // 51 / (1 − 80.0 %) = 255
  expect(wallHours(0.8)).toBeCloseTo(255, 9);
  const work = '51 h / (1 − 80.0 %) = 255 h';
  await expect(page.locator('.calc-work[data-work="pretrain.wall_hours"]').first()).toHaveText(work);
  await scenarioWritten(page, '?pretrain.goodput=0.8');
  const popover = await openPopover(page, 'pretrain.wall_hours');
  await expect(popover.locator('.q-work')).toHaveText(work);
  // A closed popover is brought up to date as it opens: its value row and its terms too.
  await expect(popover.locator('[data-exact] .q-text')).toHaveText('255 h');
  await expect(popover.locator('.q-about-terms [data-quantity="pretrain.goodput"] .q-text')).toHaveText('80.0 %');
});

test('a popover opened before the engine loads follows an edit typed while it is open', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  const popover = await openPopover(page, 'pretrain.wall_hours');
  // `fill` focuses the field without a click, so the popover stays open; the first edit loads the engine.
  await goodputField(page).fill('80');
  await expect(popover).toBeVisible();
  // 51 / (1 − 80.0 %) = 255
  await expect(popover.locator('[data-exact] .q-text')).toHaveText('255 h');
  await expect(popover.locator('.q-work')).toHaveText('51 h / (1 − 80.0 %) = 255 h');
});

test('a changed number shows its cited value in prose and calculator; reset restores both', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  const prose = proseNumber(page, 'pretrain.wall_hours');
  const calc = calcResult(page, 'pretrain.wall_hours');
  await expect(prose.locator(':scope > .q-cited')).toBeHidden();
  await goodputField(page).fill('80');
  await expect(prose).toHaveClass(/is-changed/);
  await expect(prose.locator(':scope > .q-value')).toHaveText('255 h');
  await expect(prose.locator(':scope > .q-cited')).toBeVisible();
  await expect(prose.locator(':scope > .q-cited')).toHaveText('(cited: 510 h)');
  await expect(calc).toContainText('255 h');
  await expect(calc.locator('.calc-cited')).toHaveText('(cited: 510 h)');
  // the notes' cited goodput, 90 %, beside the changed field
  await expect(page.locator('.calc-field.is-changed .calc-cited').first()).toHaveText('Changed; cited value: 90.0 %.');

  await page
    .getByRole('button', { name: /^Reset this calculator/ })
    .first()
    .click();
  await expect(prose.locator(':scope > .q-value')).toHaveText('510 h');
  await expect(prose).not.toHaveClass(/is-changed/);
  await expect(prose.locator(':scope > .q-cited')).toBeHidden();
  await expect(calc.locator('output')).toHaveText('510 h');
  await expect(calc.locator('.calc-cited')).toBeHidden();
  await expect(goodputField(page)).toHaveValue('90.0'); // the goodput's one precision, a fixed tenth
  await expect(page).toHaveURL(/\/pretraining\/$/);
});

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies a link that, opened anew, shows the same value', async ({ page, context }) => {
    await page.goto('/pretraining/');
    await hydrated(page);
    await goodputField(page).fill('80');
    await expect(calcResult(page, 'pretrain.wall_hours')).toContainText('255 h');
    await scenarioWritten(page, '?pretrain.goodput=0.8');
    const popover = await openPopover(page, 'pretrain.wall_hours');
    // By keyboard: a pointer click can land outside the popover if the page shifts under it
    // (the scenario banner appears once the URL is written), and that light-dismisses it.
    await popover.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Enter');
    // Shown beside the button, and said through the page's one polite live region.
    await expect(popover.locator('.q-copy-status')).toHaveText('Link copied.');
    await expect(page.locator('[data-page-status]')).toContainText('Link copied.');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    // The link names the site's configured address (SITE_URL), as the citations do, not the origin it was read at.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/\/pretraining\/$/);
    expect(url).toBe(`${canonical}?pretrain.goodput=0.8#pretrain.wall_hours`);

    // Opened anew (here, on the test server: the configured address may be elsewhere).
    const other = await context.newPage();
    const { pathname, search, hash } = new URL(url);
    await other.goto(`${pathname}${search}${hash}`);
    // 51 / (1 − 80.0 %) = 255 (the engine keeps twelve significant digits, so binary noise is gone)
    await expect(proseNumber(other, 'pretrain.wall_hours')).toHaveAttribute(
      'data-value',
      String(Number(wallHours(0.8).toPrecision(12))),
    );
    await expect(proseNumber(other, 'pretrain.wall_hours').locator(':scope > .q-value')).toHaveText('255 h');
  });
});

test('where the clipboard is refused, the link is selected in a read-only field', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await page.goto('/pretraining/');
  const popover = await openPopover(page, 'pretrain.gpu_hours');
  await popover.getByRole('button', { name: 'Copy link' }).click();
  const field = popover.getByRole('textbox');
  await expect(field).toBeVisible();
  await expect(field).toHaveAttribute('readonly', '');
  await expect(field).toHaveValue(/\/pretraining\/#pretrain\.gpu_hours$/);
  await expect(field).toBeFocused();
  await expect(popover.locator('.q-copy-status')).toContainText('Link selected');
  await expect(page.locator('[data-page-status]')).toContainText('Link selected');
});

test('an input’s popover lists the numbers that use it, and its links keep the reader’s values', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  await goodputField(page).fill('80');
  await expect(proseNumber(page, 'pretrain.wall_hours').locator(':scope > .q-value')).toHaveText('255 h');
  await scenarioWritten(page, '?pretrain.goodput=0.8');
  const popover = await openPopover(page, 'pretrain.goodput');
  const used = popover.locator('.q-used-list');
  await expect(used.getByRole('link', { name: 'Wall-clock time of pre-training' }).first()).toHaveAttribute(
    'href',
    /#pretrain\.wall_hours$/,
  );
  await used.getByRole('link', { name: 'GPU-hours of pre-training' }).first().click();
  await expect(page).toHaveURL(/\?pretrain\.goodput=0\.8#pretrain\.gpu_hours$/);
  await expect(proseNumber(page, 'pretrain.wall_hours').locator(':scope > .q-value')).toHaveText('255 h');
});

test('a derived number’s popover links the inputs it depends on', async ({ page }) => {
  await page.goto('/pretraining/');
  const popover = await openPopover(page, 'pretrain.gpu_hours');
  await expect(popover.getByRole('link', { name: 'GPUs in the pre-training run' })).toHaveAttribute(
    'href',
    /\/pretraining\/#pretrain\.gpus$/,
  );
});

test('“2.125 days” of overhead is 51 h and gives the cited wall time', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  await overheadField(page).fill('2.125 days');
  // 2.125 days × 24 h = 51 h, the cited overhead, so the wall time is the cited 51 / (1 − 90.0 %) = 510 h
  expect(2.125 * 24).toBe(OVERHEAD_H);
  await expect(calcResult(page, 'pretrain.wall_hours').locator('output')).toHaveText('510 h');
  await overheadField(page).blur();
  await expect(overheadField(page)).toHaveValue(String(OVERHEAD_H));
  await expect(page.locator('.calc-error')).toHaveCount(0);
});

test('“51 kg” of overhead is refused inline and the last good result stays', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  await goodputField(page).fill('80');
  await expect(calcResult(page, 'pretrain.wall_hours').locator('output')).toHaveText('255 h');
  await overheadField(page).fill('51 kg');
  await expect(overheadField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.calc-error').first()).toContainText('“51 kg” is not');
  await expect(calcResult(page, 'pretrain.wall_hours').locator('output')).toHaveText('255 h');
  await expect(page.locator('.calc-work[data-work="pretrain.wall_hours"]').first()).toHaveText(
    '51 h / (1 − 80.0 %) = 255 h',
  );
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the popover keeps its plain link and typeset formula; no copy button', async ({ page }) => {
    await page.goto('/pretraining/');
    const popover = await openPopover(page, 'pretrain.wall_hours');
    await expect(popover.locator('math')).toBeVisible();
    await expect(popover.getByRole('link', { name: 'Link to this number' })).toHaveAttribute(
      'href',
      '#pretrain.wall_hours',
    );
    await expect(popover.getByRole('button', { name: 'Copy link' })).toBeHidden();
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`an open popover and a changed calculator pass axe (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/pretraining/');
      await hydrated(page);
      await goodputField(page).fill('80');
      await expect(proseNumber(page, 'pretrain.wall_hours')).toHaveClass(/is-changed/);
      await scenarioWritten(page, '?pretrain.goodput=0.8');
      await openPopover(page, 'pretrain.wall_hours');
      const results = await new AxeBuilder({ page })
        .include('.q[data-quantity="pretrain.wall_hours"]')
        .include('.calc')
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
});
