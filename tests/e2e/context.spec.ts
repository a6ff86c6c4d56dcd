/**
 * Bringing a comparison run into the calculators (issue 16, part 3), as a reader does it. Expected
 * values are arithmetic on the sources' figures, written here: DeepSeek-V3's technical report
 * (2,048 GPUs, 14.8T tokens) and the notes' MAI-Base-1 figures (51 h of overhead at 90 % goodput).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { islandsHydrated } from './support/site';

const DS_GPUS = 2048;
const DS_TOKENS = 14.8e12;
const PRODUCTIVE_H = 51 / (1 - 0.9) - 51; // 510 h of run less 51 h of overhead: 459 h
// DeepSeek's tokens over MAI-Base-1's productive hours on DeepSeek's GPUs: ≈ 4,373 tokens per GPU per second.
const TOKENS_PER_GPU_S = DS_TOKENS / (PRODUCTIVE_H * DS_GPUS * 3600);
const perGpuSecond = `${Math.round(TOKENS_PER_GPU_S).toLocaleString('en-US')} tokens/GPU/s`;

const calculator = (page: Page) => page.getByRole('form', { name: 'Pre-training time' });
const applyDeepSeek = (page: Page) => page.getByRole('button', { name: 'Apply DeepSeek-V3’s figures' }).first();
const rate = (page: Page) => calculator(page).locator('dd[data-quantity="pretrain.tokens_per_gpu_second"]');
const summary = (page: Page) => page.locator('[data-scenario-summary]');

test('applying DeepSeek-V3’s figures on /pretraining/ changes the page and the URL; the link reproduces it', async ({
  page,
}) => {
  await page.goto('/pretraining/');
  const calc = calculator(page);
  const gpus = calc.getByLabel('GPUs in the pre-training run', { exact: true });
  await expect(gpus).toHaveValue('8,192');
  await applyDeepSeek(page).click();
  await expect(gpus).toHaveValue('2,048');
  await expect(calc.getByLabel('Pre-training tokens', { exact: true })).toHaveValue(/^14\.8/);
  await expect(rate(page)).toContainText(perGpuSecond);
  await expect(applyDeepSeek(page)).toHaveAttribute('aria-pressed', 'true');
  // Goodput is not DeepSeek's to give: it stays the cited 90 %.
  await expect(calc.getByLabel('Goodput of the pre-training run', { exact: true })).toHaveValue('90.0'); // the goodput's one precision, a fixed tenth
  await expect(page).toHaveURL(/[?&]run=deepseek-v3(&|$)/);
  await expect(page).toHaveURL(new RegExp(`[?&]pretrain\\.gpus=${DS_GPUS}(&|$)`));
  // The summary names the run and lists the page's inputs that are still MAI-Base-1's.
  await expect(summary(page)).toBeVisible();
  await expect(summary(page)).toContainText('DeepSeek-V3’s published figures');
  await expect(summary(page)).toContainText(/Still MAI-Base-1’s, unless edited: .*Goodput of the pre-training run/);

  await page.reload();
  await expect(gpus).toHaveValue('2,048');
  await expect(rate(page)).toContainText(perGpuSecond);
  await expect(summary(page)).toContainText('DeepSeek-V3’s published figures');
  await expect(applyDeepSeek(page)).toHaveAttribute('aria-pressed', 'true');
});

test('a run works by keyboard, is announced politely, combines with an edit and comes out again', async ({ page }) => {
  await page.goto('/pretraining/');
  await islandsHydrated(page);
  const calc = calculator(page);
  const button = applyDeepSeek(page);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(calc.getByLabel('GPUs in the pre-training run', { exact: true })).toHaveValue('2,048');
  // Through the page's one polite live region, not one of its own.
  const status = page.locator('[data-page-status]');
  await expect(status).toContainText('DeepSeek-V3’s figures applied');
  await expect(page.locator('[data-run-buttons] [role="status"], [data-run-buttons] [aria-live]')).toHaveCount(0);

  // An edit on top of the run: the URL keeps the run and adds the edit; the summary says whose each value is.
  await calc.getByLabel('Goodput of the pre-training run', { exact: true }).fill('80 %');
  await expect(page).toHaveURL(/run=deepseek-v3.*pretrain\.goodput=0\.8/);
  await expect(summary(page).locator('li', { hasText: 'Goodput of the pre-training run' })).toContainText(
    '(your edit)',
  );
  await expect(summary(page).locator('li', { hasText: 'GPUs in the pre-training run' })).toContainText('(DeepSeek-V3)');

  // Pressing it again takes the run out: MAI-Base-1's GPUs are back, the reader's goodput stays.
  await button.focus();
  await page.keyboard.press('Space');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(calc.getByLabel('GPUs in the pre-training run', { exact: true })).toHaveValue('8,192');
  await expect(calc.getByLabel('Goodput of the pre-training run', { exact: true })).toHaveValue('80.0'); // the goodput's one precision, a fixed tenth
  await expect(page).not.toHaveURL(/run=/);
  await expect(status).toContainText('DeepSeek-V3’s figures taken out');
});

test('the reset button takes the run out with every edit', async ({ page }) => {
  await page.goto(`/pretraining/?run=deepseek-v3&pretrain.gpus=${DS_GPUS}`);
  await expect(applyDeepSeek(page)).toHaveAttribute('aria-pressed', 'true');
  await calculator(page)
    .getByRole('button', { name: /^Reset this calculator/ })
    .click();
  await expect(applyDeepSeek(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/\?/);
});

test('the comparison runs’ claims are rows of the audit, counted and filterable by source', async ({ page }) => {
  await page.goto('/audit/');
  // DeepSeek's "180K H800 GPU hours" per trillion tokens: 2,664,000 / 14.8 = 180,000, as stated.
  const claim = page.locator('tr[data-claim="claim.runs.deepseek_v3.gpu_hours_per_trillion_tokens"]');
  await expect(claim.locator('[data-cell="verdict"]')).toHaveText('Consistent');
  await expect(claim.locator('[data-cell="recomputed"]')).toContainText('180,000');
  await expect(claim.getByRole('link', { name: /^DeepSeek-V3: / })).toHaveAttribute(
    'href',
    /comparison\/#claim\.runs\./,
  );
  const rows = page.locator('tbody tr[data-claim]');
  await expect(page.locator('[data-audit-summary] [data-count="total"]')).toHaveText(String(await rows.count()));
  await page.locator('select[data-filter="source"]').selectOption('deepseek-v3-report');
  const visible = page.locator('tbody tr[data-claim]:visible');
  await expect(visible).toHaveCount(await page.locator('tbody tr[data-source="deepseek-v3-report"]').count());
  await expect(claim).toBeVisible();
  await expect(page.locator('tr[data-claim="claim.headline.tokens_rate"]')).toBeHidden();
});

for (const theme of ['light', 'dark'] as const)
  test(`a run's buttons and the summary naming it have no axe violations (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto('/pretraining/');
    await applyDeepSeek(page).click();
    await expect(summary(page)).toContainText('DeepSeek-V3’s published figures');
    const { violations } = await new AxeBuilder({ page })
      .include('[data-run-buttons]')
      .include('[data-scenario-summary]')
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
