/**
 * The training-run pages, as a reader uses them: one calculator edit per page changes a number,
 * and the overhead chart's bars follow the inputs. Expected values are independent arithmetic on
 * the notes' figures (51 h overhead, 8,192 GPUs, 30 T tokens, 35 B active parameters), written here.
 */
import { expect, test } from '@playwright/test';
import { calcResult, hydrated, proseNumber } from './support/page';

/** The bar of a quantity in a page's chart. */
const bar = (page: import('@playwright/test').Page, id: string) =>
  page.locator(`rect[data-bar][data-quantity="${id}"]`);

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the overhead chart is drawn with its table and a text alternative', async ({ page }) => {
    await page.goto('/pretraining/');
    const chart = page.getByRole('img', { name: /Overhead of the MAI-Base-1 pre-training run/ });
    await expect(chart).toBeVisible();
    // 6.5 h of 51 h on a 300-unit scale: 6.5 / 51 × 300 = 38.24
    await expect(bar(page, 'pretrain.recompute_hours')).toHaveAttribute('width', '38.24');
    // The table gives the hours behind each bar: 51 − (6.5 + 14 + 18) = 12.5 h unnamed.
    await expect(page.locator('.bar-chart-table')).toContainText('12.5 h');
  });
});

test('pre-training: editing recomputation time recomputes its share and resizes its bar', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  await page.getByLabel('Recomputation time', { exact: true }).fill('10.2');
  // 10.2 / 51 = 20 %; the bar becomes 10.2 / 51 × 300 = 60 units wide.
  await expect(calcResult(page, 'pretrain.recompute_share')).toHaveAttribute('data-value', '20');
  await expect(proseNumber(page, 'pretrain.recompute_share')).toContainText('20 %');
  await expect(bar(page, 'pretrain.recompute_hours')).toHaveAttribute('width', '60');
  // 51 − (10.2 + 14 + 18) = 8.8 h unnamed: 8.8 / 51 × 300 = 51.76 units.
  await expect(bar(page, 'pretrain.unexplained_hours')).toHaveAttribute('width', '51.76');
});

test('pre-training: a larger total overhead shrinks every named bar', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  await page.getByLabel('Total overhead of the pre-training run', { exact: true }).first().fill('102');
  // On a scale of 102 h: 18 / 102 × 300 = 52.94 units for MFU drop.
  await expect(bar(page, 'pretrain.mfu_drop_hours')).toHaveAttribute('width', '52.94');
});

test('stages: dropping mid-training 1 changes the shares and empties its bar', async ({ page }) => {
  await page.goto('/stages/');
  await hydrated(page);
  await page.getByLabel('Mid-training 1 tokens', { exact: true }).fill('0');
  // 30 T of 30 T + 0.15 T: 30 / 30.15 = 99.5 %.
  expect((30 / 30.15) * 100).toBeCloseTo(99.5, 1);
  await expect(calcResult(page, 'stages.pretrain_share')).toContainText('99.5 %');
  await expect(bar(page, 'stages.mid1_tokens')).toHaveAttribute('width', '0');
});

test('compute: switching the peak to dense FP8 halves the MFU', async ({ page }) => {
  await page.goto('/compute/');
  await hydrated(page);
  // 6 × 35e9 × 30e12 FLOP over 459 h × 3,600 s × 8,192 GPUs × 5e15 FLOP/s ≈ 9.3 %
  const mfu = ((6 * 35e9 * 30e12) / (459 * 3600 * 8192 * 5e15)) * 100;
  await page
    .getByLabel('Dense peak per GPU (part and precision)', { exact: true })
    .selectOption({ label: 'B200 in GB200 (1,200 W), dense FP8' });
  await expect(calcResult(page, 'compute.mfu')).toContainText(`${mfu.toFixed(1)} %`);
  await expect(proseNumber(page, 'compute.mfu')).toContainText(`${mfu.toFixed(1)} %`);
});

test('hardware: a GPU count that fills whole racks gives a whole number of racks', async ({ page }) => {
  await page.goto('/hardware/');
  await hydrated(page);
  await page.getByLabel('GPUs in the pre-training run', { exact: true }).fill('8208');
  // 8,208 / 72 = 114 racks
  await expect(calcResult(page, 'hardware.nvl72_racks')).toHaveAttribute('data-value', '114');
  await expect(proseNumber(page, 'hardware.nvl72_racks')).toContainText('114 racks');
});
