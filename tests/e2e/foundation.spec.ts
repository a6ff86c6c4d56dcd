/**
 * The foundation, end to end: cited numbers in static HTML, live recomputation, URL scenarios.
 * Expected values are independent arithmetic on the notes' figures (51 h overhead, 90 % goodput,
 * 8,192 GPUs), written here, not copied from the site.
 */
import { expect, test } from '@playwright/test';
import { calcResult, hydrated, proseNumber } from './support/page';

const OVERHEAD_H = 51;
const GPUS = 8192;
const wallHours = (goodput: number) => OVERHEAD_H / (1 - goodput);
const gpuHours = (goodput: number) => (wallHours(goodput) - OVERHEAD_H) * GPUS;

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the pre-training page shows 510 h and 3.76 M GPU-hours', async ({ page }) => {
    await page.goto('/pretraining/');
    // 51 / (1 − 0.90) = 510; (510 − 51) × 8,192 = 3,760,128 ≈ 3.76 M
    await expect(proseNumber(page, 'pretrain.wall_hours')).toContainText('510 h');
    await expect(proseNumber(page, 'pretrain.gpu_hours')).toContainText('3.76 M');
    await expect(calcResult(page, 'pretrain.wall_hours')).toContainText('510 h');
    await expect(page.locator('noscript').first()).toBeAttached();
  });
});

test('setting goodput to 0.8 recomputes the calculator and the prose', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  await page.getByLabel('Goodput of the pre-training run', { exact: true }).fill('80');
  // 51 / (1 − 80.0 %) = 255 h; (255 − 51) × 8,192 = 1,671,168 GPU·h
  expect(wallHours(0.8)).toBeCloseTo(255, 9);
  expect(gpuHours(0.8)).toBeCloseTo(1_671_168, 6);
  for (const el of [calcResult(page, 'pretrain.wall_hours'), proseNumber(page, 'pretrain.wall_hours')]) {
    await expect(el).toContainText('255 h');
    await expect(el).toHaveAttribute('data-value', '255');
  }
  for (const el of [calcResult(page, 'pretrain.gpu_hours'), proseNumber(page, 'pretrain.gpu_hours')]) {
    await expect(el).toHaveAttribute('data-value', '1671168');
  }
  await expect(calcResult(page, 'pretrain.gpu_hours')).toContainText('1,671,168');
  await expect(page).toHaveURL(/\?pretrain\.goodput=0\.8$/);
});

test('loading ?pretrain.goodput=0.8 shows the same', async ({ page }) => {
  await page.goto('/pretraining/?pretrain.goodput=0.8');
  await hydrated(page);
  for (const el of [calcResult(page, 'pretrain.wall_hours'), proseNumber(page, 'pretrain.wall_hours')]) {
    await expect(el).toContainText('255 h');
  }
  for (const el of [calcResult(page, 'pretrain.gpu_hours'), proseNumber(page, 'pretrain.gpu_hours')]) {
    await expect(el).toHaveAttribute('data-value', '1671168');
  }
  await expect(calcResult(page, 'pretrain.gpu_hours')).toContainText('1,671,168');
  await expect(page.getByLabel('Goodput of the pre-training run', { exact: true })).toHaveValue('80.0'); // the goodput's one precision, a fixed tenth
});

test('typing abc shows a message, keeps the last good result and never NaN', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  const goodput = page.getByLabel('Goodput of the pre-training run', { exact: true });
  await goodput.fill('80');
  await expect(calcResult(page, 'pretrain.wall_hours')).toContainText('255 h');
  await goodput.fill('abc');
  await expect(page.locator('.calc-error')).toContainText('“abc” is not a number');
  await expect(goodput).toHaveAttribute('aria-invalid', 'true');
  await expect(calcResult(page, 'pretrain.wall_hours')).toContainText('255 h');
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('an invalid URL parameter is ignored with a notice that names it', async ({ page }) => {
  await page.goto('/pretraining/?pretrain.goodput=abc&pretrain.nope=1');
  const notices = page.locator('[data-scenario-notices]');
  // An input by its label (issue 13); a key that is no input by the key itself.
  await expect(notices).toContainText('Goodput of the pre-training run');
  await expect(notices).toContainText('pretrain.nope');
  await expect(proseNumber(page, 'pretrain.wall_hours')).toContainText('510 h');
});
