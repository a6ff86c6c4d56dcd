/**
 * Lighter pages lose nothing: a popover's "Used by" list and a derived number's citations are
 * written once per page (the lists at its end) and copied into the popover as it opens. Without
 * JavaScript the popover links to those lists, where the source and locator of every input the
 * number depends on can be read. Expected inputs and locators come from the facts themselves.
 */
import { expect, test } from '@playwright/test';
import { createEngine } from '../../src/data/program';
import type { Input } from '../../src/lib/engine/model';
import { loadFacts } from '../../src/data/facts-files';
import { openPopover } from './support/page';

const model = loadFacts('content/facts');
const engine = createEngine(model);
/** A derived number of /architecture/ with many inputs, and an input many numbers use. */
const DERIVED = 'recon.total_params';
const INPUT = 'arch.layers';
const inputs = engine.inputsOf(DERIVED).map((id) => model.quantities[id] as Input);

test('a derived number’s popover lists the citation of each input it depends on, as it opens', async ({ page }) => {
  expect(inputs.length).toBeGreaterThan(3);
  await page.goto('/architecture/');
  const popover = await openPopover(page, DERIVED);
  await expect(popover.getByText(`Depends on ${inputs.length} cited inputs`)).toBeVisible();
  const cites = popover.locator('.q-cite-list > * > .cite');
  await expect(cites).toHaveCount(inputs.length);
  for (const input of inputs) {
    const cite = popover.locator(`.cite[data-input="${input.id}"]`);
    await expect(cite.locator('.cite-label')).toHaveText(input.label);
    await expect(cite.locator('.cite-source')).toContainText(input.locator);
  }
});

test('an input’s “Used by” list is a list of links to the numbers that use it', async ({ page }) => {
  const users = engine.affectedBy([INPUT]);
  await page.goto('/architecture/');
  const popover = await openPopover(page, INPUT);
  const list = popover.getByRole('list', { name: /^Used by \d+ numbers on the site$/ });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const hrefs = await list.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(users).toContain(href.split('#')[1]);
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the popover links to the page’s lists, which cite every input with its source and locator', async ({
    page,
  }) => {
    await page.goto('/architecture/');
    const popover = await openPopover(page, DERIVED);
    await expect(
      popover.getByRole('link', { name: 'Their sources are listed at the end of the page' }),
    ).toHaveAttribute('href', '#q-refs');
    const refs = page.locator('#q-refs');
    await refs.locator('summary').click();
    for (const input of inputs) {
      const cite = refs.locator(`.cite[data-input="${input.id}"]`);
      await expect(cite.locator('.cite-label')).toHaveText(input.label);
      await expect(cite.locator('.cite-source')).toContainText(input.locator);
    }
    await expect(refs.getByRole('link', { name: model.quantities[DERIVED]!.label }).first()).toBeVisible();
  });
});
