/**
 * "Cite this number" and the page's one polite live region. Expected values come from the notes'
 * figures by arithmetic written here ("51 hours" overhead, goodput typed as 85–90 %), or from git.
 */
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { openPopover, scenarioWritten } from './support/page';

/** The commit the site was built from, asked of git here (or the override the build used). */
const BUILD_COMMIT =
  process.env['BUILD_COMMIT'] ?? execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

const goodputField = (page: Page) => page.getByLabel('Goodput of the pre-training run', { exact: true });
const whole = (n: number) => String(Math.round(n));
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** Every polite live region: role=status (polite by default), or an explicit aria-live="polite". */
const POLITE = '[role="status"], [aria-live="polite"]';

test.describe('cite this number', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('with a typed goodput range, the citation has the value, the range, the formula and the scenario link', async ({
    page,
  }) => {
    await page.goto('/pretraining/');
    await goodputField(page).click();
    await goodputField(page).fill('85–90 %');
    await scenarioWritten(page, '?pretrain.goodput=0.85..0.9');
    const popover = await openPopover(page, 'pretrain.wall_hours');
    // By keyboard: the scenario banner can shift the page under a pointer click.
    await popover.getByRole('button', { name: 'Cite this number' }).focus();
    await page.keyboard.press('Enter');
    await expect(popover.locator('.q-copy-status')).toHaveText('Citation copied.');
    await expect(page.locator('[data-page-status]')).toContainText('Citation copied.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    // The middle of the range, 51 / (1 − 0.875) = 408 h; the range 50.5 / 0.15 to 51.5 / 0.1.
    expect(text).toContain(
      `“Wall-clock time of pre-training: ${whole(51 / 0.125)} h (${whole(50.5 / 0.15)}–${whole(51.5 / 0.1)} h with the ranges entered).”`,
    );
    expect(text).toContain('Formula: pretrain.overhead_hours / (1 - pretrain.goodput)');
    expect(text).toContain('Its inputs: ');
    // Each input's source, its locator and its quoted words.
    expect(text).toContain('Total overhead of the pre-training run: ');
    expect(text).toContain('“Total overhead dropped to 51 hours”');
    expect(text).toContain('Goodput of the pre-training run: ');
    expect(text).toContain(`${canonical}?pretrain.goodput=0.85..0.9#pretrain.wall_hours (accessed ${today()}).`);
    expect(text).toContain(`Version ${BUILD_COMMIT} of `);
    expect(text).toContain('Scenario, not the cited values: Goodput of the pre-training run 85.0 % to 90.0 %');
  });

  test('an input at its cited value cites its source and locator, without a range while ranges are off', async ({
    page,
  }) => {
    await page.goto('/pretraining/');
    const popover = await openPopover(page, 'pretrain.overhead_hours');
    await popover.getByRole('button', { name: 'Cite this number' }).click();
    await expect(popover.locator('.q-copy-status')).toHaveText('Citation copied.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // The popover's source and locator, with its quoted words in quotation marks (as <q> shows them).
    const source = popover.locator('.cite-source').first();
    const quote = (await source.locator('q').textContent())!;
    const locator = (await source.textContent())!.replace(quote, `“${quote}”`).replace(/\s+/g, ' ').trim();
    expect(text).toContain('“Total overhead of the pre-training run: 51 h.”');
    expect(text).toContain(`Source: ${locator}.`);
    expect(text).toMatch(/\/pretraining\/#pretrain\.overhead_hours \(accessed /);
    expect(text).not.toContain('Scenario');
  });

  test('with ranges shown in the text, the citation gives the range at the sources’ precision', async ({ page }) => {
    await page.goto('/pretraining/?ranges=1');
    const popover = await openPopover(page, 'pretrain.wall_hours');
    await popover.getByRole('button', { name: 'Cite this number' }).click();
    await expect(popover.locator('.q-copy-status')).toHaveText('Citation copied.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // 50.5 / 0.1005 to 51.5 / 0.0995, to whole hours.
    expect(text).toContain(`510 h (${whole(50.5 / 0.1005)}–${whole(51.5 / 0.0995)} h at the sources’ precision)`);
  });
});

test('the control is not in the HTML: it is added as a popover opens', async ({ page }) => {
  await page.goto('/pretraining/');
  await expect(page.locator('[data-cite-number]')).toHaveCount(0);
  const popover = await openPopover(page, 'pretrain.wall_hours');
  await expect(popover.locator('[data-cite-number]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await openPopover(page, 'pretrain.wall_hours');
  await expect(popover.locator('[data-cite-number]')).toHaveCount(1);
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('a popover keeps its link to the number, and has no cite button', async ({ page }) => {
    await page.goto('/pretraining/');
    const popover = await openPopover(page, 'pretrain.wall_hours');
    await expect(popover.getByRole('link', { name: 'Link to this number' })).toHaveAttribute(
      'href',
      '#pretrain.wall_hours',
    );
    await expect(popover.getByRole('button', { name: 'Cite this number' })).toHaveCount(0);
  });
});

test.describe('one polite live region', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const path of ['/pretraining/', '/audit/', '/method/'])
    test(`${path} has exactly one, besides the fields' alerts`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('[data-page-status]')).toHaveCount(1);
      // Counted once the page's scripts have run (a page without numbers gets its region from the cite box's script).
      const polite = page.locator(POLITE);
      await expect(polite).toHaveCount(1);
      await expect(page.locator('[data-page-status]')).toHaveAttribute('aria-live', 'polite');
      // Any other live region is an alert (a field's error), never polite.
      await expect(page.locator('[aria-live]:not([aria-live="off"]):not([aria-live="polite"])')).toHaveCount(0);
      for (const alert of await page.locator('[role="alert"]').all())
        await expect(alert).not.toHaveAttribute('aria-live', 'polite');
    });

  test('copying a link, a page citation and a number’s citation announce through it', async ({ page }) => {
    await page.goto('/pretraining/');
    const region = page.locator('[data-page-status]');
    const popover = await openPopover(page, 'pretrain.gpu_hours');
    await popover.getByRole('button', { name: 'Copy link' }).click();
    await expect(region).toHaveText('Link copied.');
    await popover.getByRole('button', { name: 'Cite this number' }).click();
    await expect(region).toHaveText('Citation copied.');
    await page.keyboard.press('Escape');
    await page.getByText('Cite this page', { exact: true }).click();
    await page.getByRole('button', { name: 'Copy the BibTeX citation' }).click();
    await expect(region).toHaveText('Copied the BibTeX citation.');
    // The visible note under the citations says it too, and is no live region of its own.
    await expect(page.locator('[data-cite-status]')).toHaveText('Copied the BibTeX citation.');
    await expect(page.locator(POLITE)).toHaveCount(1);
  });
});
