/**
 * Issue 14 (structure), as a reader meets it: a link made before the peak had a unit still
 * opens the scenario it named. Expected values are independent arithmetic on the notes' figures
 * (459 h, 8,192 GPUs, 30 T tokens, 35 B active parameters) and the README's table of peaks.
 */
import { expect, test } from '@playwright/test';
import { calcResult, proseNumber } from './support/page';

test('an old link that names compute.peak_pflops still switches the peak', async ({ page }) => {
  await page.goto('/compute/?compute.peak_pflops=5');
  // 6 × 35e9 × 30e12 FLOP over 459 h × 3,600 s × 8,192 GPUs × 5e15 FLOP/s (dense FP8, GB200) ≈ 9.3 %
  const mfu = ((6 * 35e9 * 30e12) / (459 * 3600 * 8192 * 5e15)) * 100;
  await expect(proseNumber(page, 'compute.mfu')).toContainText(`${mfu.toFixed(1)} %`);
  await expect(calcResult(page, 'compute.mfu')).toContainText(`${mfu.toFixed(1)} %`);
  await expect(page.getByLabel('Dense peak per GPU (part and precision)', { exact: true })).toHaveValue('5');
});
