/**
 * One grammar for every way a value enters: a link's values are read exactly as a field reads
 * them, so the numbers, the scenario summary and the citation agree. Expected values are
 * arithmetic on the notes' figures: 51 h of overhead, 90 % goodput, 8,192 GPUs, 459 productive hours.
 */
import { expect, test, type Page } from '@playwright/test';
import { proseNumber } from './support/page';

const summary = (page: Page) => page.locator('[data-scenario-summary]');
const plainCitation = (page: Page) => page.locator('[data-cite-text="plain"]');

test('?pretrain.gpus=4,096 (a thousands separator) sets the numbers, the summary and the citation alike', async ({
  page,
}) => {
  await page.goto('/pretraining/?pretrain.gpus=4,096');
  await expect(proseNumber(page, 'pretrain.gpus')).toHaveAttribute('data-value', '4096');
  await expect(proseNumber(page, 'pretrain.gpu_hours')).toHaveAttribute('data-value', String(459 * 4096));
  await expect(summary(page)).toBeVisible();
  await expect(summary(page).locator('[data-scenario-state]')).not.toHaveText('Cited values');
  await expect(summary(page).getByRole('listitem')).toContainText('8,192');
  await expect(summary(page).getByRole('listitem')).toContainText('4,096');
  await page.getByText('Cite this page', { exact: true }).click();
  await expect(plainCitation(page)).toContainText('?pretrain.gpus=4096 (accessed');
});

test('?pretrain.overhead_hours=3%20days (a unit) sets the numbers, the summary and the citation alike', async ({
  page,
}) => {
  await page.goto('/pretraining/?pretrain.overhead_hours=3%20days');
  // 3 days = 72 h; wall time = 72 / (1 − 90.0 %) = 720 h (the engine keeps 12 significant digits).
  await expect(proseNumber(page, 'pretrain.wall_hours')).toHaveAttribute(
    'data-value',
    String(Number((72 / (1 - 0.9)).toPrecision(12))),
  );
  await expect(summary(page)).toBeVisible();
  await expect(summary(page).getByRole('listitem')).toContainText('51 h → 72 h');
  await page.getByText('Cite this page', { exact: true }).click();
  await expect(plainCitation(page)).toContainText('?pretrain.overhead_hours=72 (accessed');
});
