/**
 * Issue 13: how values enter, and what the site says about them. A link applies every good value
 * and refuses only the bad ones, with the numbers, the scenario summary and the citation agreeing;
 * fields read the forms a person writes; every message names the input by its label, never its id.
 * Expected values are arithmetic on the notes' figures: 51 h of overhead, 90 % goodput, 8,192 GPUs,
 * 459 productive hours (510 × 0.9).
 */
import { expect, test, type Page } from '@playwright/test';
import { calcResult, proseNumber } from './support/page';

const summary = (page: Page) => page.locator('[data-scenario-summary]');
const notices = (page: Page) => page.locator('[data-scenario-notices]');
const plainCitation = (page: Page) => page.locator('[data-cite-text="plain"]');
const field = (page: Page, id: string) => page.locator(`.calc input[type="text"][data-field="${id}"]`).first();
const box = (page: Page, id: string) => page.locator(`.calc [data-field-box="${id}"]`).first();
/** The engine keeps twelve significant digits of each value. */
const twelve = (n: number) => String(Number(n.toPrecision(12)));

test('a link with one good and one bad value applies the good one and refuses only the bad one', async ({ page }) => {
  await page.goto('/pretraining/?pretrain.gpus=4096&pretrain.goodput=0');
  // The numbers: 4,096 GPUs over the cited 459 productive hours (goodput stays at its cited 90 %).
  await expect(proseNumber(page, 'pretrain.gpus')).toHaveAttribute('data-value', '4096');
  await expect(proseNumber(page, 'pretrain.gpu_hours')).toHaveAttribute('data-value', String(459 * 4096));
  await expect(proseNumber(page, 'pretrain.goodput')).toHaveAttribute('data-value', '90');
  // The notice names the refused input by its label, and only it.
  await expect(notices(page)).toContainText('Goodput of the pre-training run');
  await expect(notices(page)).not.toContainText('pretrain.');
  await expect(notices(page)).not.toContainText('GPUs in the pre-training run');
  // The summary lists the applied value only.
  await expect(summary(page).getByRole('listitem')).toHaveCount(1);
  await expect(summary(page).getByRole('listitem')).toContainText('GPUs in the pre-training run');
  await expect(summary(page).getByRole('listitem')).toContainText('4,096');
  // The citation names the applied value only.
  await page.getByText('Cite this page', { exact: true }).click();
  await expect(plainCitation(page)).toContainText('?pretrain.gpus=4096 (accessed');
  await expect(plainCitation(page)).not.toContainText('goodput');
});

test('a repeated parameter: the last value is used, and a notice says which', async ({ page }) => {
  await page.goto('/pretraining/?pretrain.gpus=1&pretrain.gpus=2');
  await expect(proseNumber(page, 'pretrain.gpus')).toHaveAttribute('data-value', '2');
  await expect(notices(page)).toContainText('The link gives GPUs in the pre-training run 2 times; the last value, 2');
  await expect(summary(page).getByRole('listitem')).toContainText('2 GPUs');
});

test.describe('fields read the forms a person writes', () => {
  test.beforeEach(async ({ page }) => page.goto('/pretraining/'));

  test('“4 096” (a space between thousands) is 4,096 GPUs', async ({ page }) => {
    await field(page, 'pretrain.gpus').fill('4 096');
    await expect(calcResult(page, 'pretrain.gpu_hours')).toHaveAttribute('data-value', String(459 * 4096));
    await expect(field(page, 'pretrain.gpus')).toHaveAttribute('aria-invalid', 'false');
  });

  test('“36 h 5 min” (a compound duration) is 36 h and 5 minutes of overhead', async ({ page }) => {
    await field(page, 'pretrain.overhead_hours').fill('36 h 5 min');
    // Wall-clock time = overhead / (1 − goodput) = (36 + 5/60) / (1 − 90.0 %).
    await expect(calcResult(page, 'pretrain.wall_hours')).toHaveAttribute(
      'data-value',
      twelve((36 + 5 / 60) / (1 - 0.9)),
    );
    await expect(box(page, 'pretrain.overhead_hours').locator('.calc-error')).toHaveCount(0);
  });

  test('“15T tokens” (a scale word before the unit) is 15 trillion tokens', async ({ page }) => {
    const before = Number(await calcResult(page, 'pretrain.tokens_per_gpu_second').getAttribute('data-value'));
    await field(page, 'pretrain.tokens').fill('15T tokens');
    // Tokens per GPU-second scale with the tokens: the notes' 30 T becomes 15 T, so half.
    await expect
      .poll(async () => Number(await calcResult(page, 'pretrain.tokens_per_gpu_second').getAttribute('data-value')))
      .toBeCloseTo(before / 2, 6);
    await expect(field(page, 'pretrain.tokens')).toHaveAttribute('aria-invalid', 'false');
  });

  test('“85,5” (a decimal comma) is refused with a message that offers 85.5 %', async ({ page }) => {
    await field(page, 'pretrain.goodput').fill('85,5');
    const error = box(page, 'pretrain.goodput').locator('.calc-error');
    await expect(error).toContainText('Goodput of the pre-training run');
    await expect(error).toContainText('Did you mean 85.5 %?');
    await expect(field(page, 'pretrain.goodput')).toHaveAttribute('aria-invalid', 'true');
    await expect(calcResult(page, 'pretrain.productive_hours')).toHaveAttribute('data-value', '459');
  });

  test('goodput “0.85” shows its hint: it means 0.85 % here, and the field’s rule', async ({ page }) => {
    await field(page, 'pretrain.goodput').fill('0.85');
    const hint = box(page, 'pretrain.goodput').locator('.calc-hint');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('0.85 means 0.85 % here. Did you mean 85');
    await expect(hint).toContainText('In this field, 90.0 means 90.0 %.'); // the goodput's one precision, a fixed tenth
    await field(page, 'pretrain.goodput').fill('85');
    await expect(hint).toBeHidden();
  });

  test('a message names the input by its label, never its id, and says what happened', async ({ page }) => {
    await field(page, 'pretrain.gpus').fill('0');
    const error = box(page, 'pretrain.gpus').locator('.calc-error');
    await expect(error).toContainText('GPUs in the pre-training run: “0” is too small. It can be from 1 to');
    await expect(error).not.toContainText('pretrain.');
  });

  test('each field states its bounds and this site’s reason for them', async ({ page }) => {
    const note = box(page, 'pretrain.gpus').locator('.calc-bounds');
    await expect(note).toHaveText(/^\s*From 1 to [\d,]+ GPUs \(this site’s bound: .+\)\.$/);
  });
});

test('a relation: active parameters above the total are refused, naming both', async ({ page }) => {
  await page.goto('/');
  // The notes give a total of about 1 trillion parameters, so 5 T active is more than the total.
  await field(page, 'model.active_params').fill('5 T');
  const error = box(page, 'model.active_params').locator('.calc-error');
  await expect(error).toContainText('Active parameters per token');
  await expect(error).toContainText('cannot be more than Total parameters');
  await expect(error).not.toContainText('model.');
});

test('a link that breaks a relation keeps its other values', async ({ page }) => {
  // 5 × 10¹² active parameters: more than the notes' total of about a trillion.
  await page.goto('/?model.active_params=5e12&pretrain.gpus=4096');
  await expect(notices(page)).toContainText('Active parameters per token');
  await expect(notices(page)).toContainText('cannot be more than Total parameters');
  await expect(summary(page).getByRole('listitem')).toHaveCount(1);
  await expect(summary(page).getByRole('listitem')).toContainText('GPUs in the pre-training run');
});
