/**
 * The model and family pages, as a reader uses them: one calculator per page changes a number.
 * Expected values are independent arithmetic on the sources' figures, written here: 35 billion
 * active of 1 trillion (the notes); roughly 15,000 H100 GPUs, six to ten times larger (the news
 * article); 4,096 rollout and 768 learner GPUs (the notes); the architecture list of the notes.
 */
import { expect, test } from '@playwright/test';
import { calcResult, hydrated, proseNumber } from './support/page';

test('overview: doubling the active parameters doubles the active share', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.getByLabel('Active parameters per token', { exact: true }).fill('70 B');
  // 70 billion of 1 trillion = 7 %
  await expect(calcResult(page, 'model.active_fraction')).toHaveAttribute('data-value', '7');
  await expect(proseNumber(page, 'model.active_fraction')).toContainText('7 %');
});

test('MAI-1-preview: a 20,000-GPU preview cluster moves the range of the aim', async ({ page }) => {
  await page.goto('/mai-1-preview/');
  await hydrated(page);
  await page.getByLabel('H100 GPUs that trained MAI-1-preview', { exact: true }).fill('20000');
  // 20,000 × 6 = 120,000 and 20,000 × 10 = 200,000
  await expect(calcResult(page, 'family.target_gpus_low')).toHaveAttribute('data-value', String(20000 * 6));
  await expect(calcResult(page, 'family.target_gpus_high')).toContainText('200,000');
  await expect(proseNumber(page, 'family.target_gpus_low')).toContainText('120,000');
});

test('architecture: switching the layer layout changes the reconstructed total', async ({ page }) => {
  await page.goto('/architecture/');
  await hydrated(page);
  const total = calcResult(page, 'recon.total_params');
  const cited = Number(await total.getAttribute('data-value'));
  await page.getByLabel('Layer layout', { exact: true }).selectOption({ label: 'MoE in every layer' });
  await expect(total).not.toHaveAttribute('data-value', String(cited));
  // Every layer MoE adds 39 MoE layers' experts and drops 39 dense FFNs (notes: 78 layers, hidden
  // 6,652, full FFN 13,312, expert 10,240, down-projection 3,072, 512 experts); the default
  // reading has gated blocks (3 matrices), a LatentMoE, and an expert hidden width of 10,240 / 2.
  const perExpert = 3 * 3072 * (10240 / 2);
  const moeLayerExtra = 512 * perExpert + 2 * 6652 * 3072 + 3072 * 512;
  const added = 39 * moeLayerExtra - 39 * 3 * 6652 * 13312;
  await expect.poll(async () => Number(await total.getAttribute('data-value')) - cited).toBeCloseTo(added, -3);
  await expect(page).toHaveURL(/recon\.moe_layer_share=1/);
});

test('reinforcement learning: 1,024 learner GPUs make four rollout GPUs per learner', async ({ page }) => {
  await page.goto('/reinforcement-learning/');
  await hydrated(page);
  await page.getByLabel('GPUs updating the weights', { exact: true }).fill('1024');
  // 4,096 / 1,024 = 4; 4,096 + 1,024 = 5,120
  await expect(calcResult(page, 'rl.rollout_per_learner')).toHaveAttribute('data-value', String(4096 / 1024));
  await expect(calcResult(page, 'rl.total_gpus')).toHaveAttribute('data-value', String(4096 + 1024));
  await expect(proseNumber(page, 'rl.total_gpus')).toContainText('5,120');
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the method page lists the secondary sources with their addresses', async ({ page }) => {
    await page.goto('/method/');
    // the sources README's "Further public facts" table gives this address for the layer layout
    await expect(page.locator('[data-source="zrss-mai-thinking"] a')).toHaveAttribute(
      'href',
      'https://zrss.github.io/archives/6e5c9a21.html',
    );
    await expect(page.locator('[data-source="kaplan-scaling-laws"]')).toContainText(
      'Scaling Laws for Neural Language Models',
    );
  });

  test('the architecture page states the reconstruction as an inference', async ({ page }) => {
    await page.goto('/architecture/');
    await expect(page.getByText('our inference, not a published fact')).toBeVisible();
    // 8 of 512 experts = 1.5625 %
    await expect(proseNumber(page, 'arch.expert_activation')).toHaveAttribute('data-value', String((8 / 512) * 100));
  });
});
