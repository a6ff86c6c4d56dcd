/**
 * Ranges where a reader looks: the popover, the calculator, the prose. Expected ranges are
 * arithmetic on the notes' figures at the precision they are written to, done here:
 * "51 hours" is 50.5–51.5 h and "90.0%" is 89.95–90.05 %, so the wall-clock time is
 * 50.5 / 0.1005 = 502.5 h to 51.5 / 0.0995 = 517.6 h, written to whole hours as 502–518 h.
 */
import { expect, test, type Page } from '@playwright/test';
import { calcResult, proseNumber, scenarioWritten } from './support/page';

const whole = (n: number) => String(Math.round(n));
const wallRange = `${whole(50.5 / 0.1005)}–${whole(51.5 / 0.0995)} h`;
// Goodput typed as 85–90 %: 50.5 / 0.15 = 336.7 h to 51.5 / 0.10 = 515 h.
const typedRange = `${whole(50.5 / 0.15)}–${whole(51.5 / 0.1)} h`;

const goodputField = (page: Page) => page.getByLabel('Goodput of the pre-training run', { exact: true });
const calcRange = (page: Page, id: string) => page.locator(`.calc dd.calc-range[data-range="${id}"]`).first();
const inlineRange = (page: Page, id: string) => proseNumber(page, id).locator('.q-range');

test('the pre-training page shows the wall-clock range in the popover and the calculator', async ({ page }) => {
  await page.goto('/pretraining/');
  await proseNumber(page, 'pretrain.wall_hours').locator('.q-value').click();
  const popover = proseNumber(page, 'pretrain.wall_hours').locator('.q-about');
  await expect(popover).toBeVisible();
  await expect(popover.locator('[data-range="pretrain.wall_hours"]')).toHaveText(
    `${wallRange} at the sources’ precision`,
  );
  await expect(calcRange(page, 'pretrain.wall_hours')).toHaveText(`${wallRange} at the sources’ precision`);
  // The value keeps its own digits.
  await expect(calcResult(page, 'pretrain.wall_hours').locator('output')).toHaveText('510 h');
});

test('typing “85–90 %” for goodput shows the range in the calculator and in the prose', async ({ page }) => {
  await page.goto('/pretraining/');
  await goodputField(page).click();
  await goodputField(page).fill('85–90 %');
  await expect(calcRange(page, 'pretrain.wall_hours')).toHaveText(`${typedRange} with the ranges entered`);
  await expect(inlineRange(page, 'pretrain.wall_hours')).toBeVisible();
  await expect(inlineRange(page, 'pretrain.wall_hours')).toHaveText(` (${typedRange})`);
  // The value is the middle of the range: 51 / (1 − 0.875) = 408 h.
  await expect(calcResult(page, 'pretrain.wall_hours').locator('output')).toHaveText(`${whole(51 / 0.125)} h`);
  await scenarioWritten(page, '?pretrain.goodput=0.85..0.9');
});

test('a shared link reproduces a typed range', async ({ page }) => {
  await page.goto('/pretraining/?pretrain.goodput=0.85..0.9');
  await expect(calcRange(page, 'pretrain.wall_hours')).toHaveText(`${typedRange} with the ranges entered`);
  await expect(inlineRange(page, 'pretrain.wall_hours')).toHaveText(` (${typedRange})`);
  await expect(goodputField(page)).toHaveValue('85.0–90.0'); // each end at the goodput's one precision, a fixed tenth
});

test('the toggle writes ranges in the prose and keeps them in the URL', async ({ page }) => {
  await page.goto('/pretraining/');
  await expect(inlineRange(page, 'pretrain.wall_hours')).toBeHidden();
  await page.getByRole('button', { name: 'Show ranges in the text' }).click();
  await expect(inlineRange(page, 'pretrain.wall_hours')).toHaveText(` (${wallRange})`);
  await expect(inlineRange(page, 'pretrain.wall_hours')).toBeVisible();
  await expect.poll(() => new URL(page.url()).search).toBe('?ranges=1');
  await page.reload();
  await expect(inlineRange(page, 'pretrain.wall_hours')).toBeVisible();
});

test('show the work draws each input’s share of the wall-clock range', async ({ page }) => {
  await page.goto('/pretraining/');
  // Overhead alone: 51.5 / 0.1 − 50.5 / 0.1 = 10 h; goodput alone: 51 / 0.0995 − 51 / 0.1005 = 5.1 h.
  const byOverhead = 51.5 / 0.1 - 50.5 / 0.1;
  const byGoodput = 51 / 0.0995 - 51 / 0.1005;
  const share = (w: number) => `${Math.round((100 * w) / (byOverhead + byGoodput))} %`;
  const bars = page
    .locator('.calc-explain-item', { hasText: 'Wall-clock time' })
    .first()
    .locator('.calc-sensitivity li');
  await expect(bars).toHaveText([
    `Total overhead of the pre-training run: ${share(byOverhead)}`,
    `Goodput of the pre-training run: ${share(byGoodput)}`,
  ]);
});

test('the wall-clock bars redraw from the reader’s goodput: a value, then a range', async ({ page }) => {
  await page.goto('/pretraining/');
  const chart = page.locator('.calc-explain-item', { hasText: 'Wall-clock time' }).first().locator('.calc-sensitivity');
  const bars = chart.locator('li');
  const widths = () => chart.locator('rect.bar').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('width'))));
  await goodputField(page).click();
  // A plain 80 % is exact: only the overhead moves the wall-clock time, all of its range.
  await goodputField(page).fill('80 %');
  await expect(bars).toHaveText(['Total overhead of the pre-training run: 100 %']);
  await expect.poll(widths).toEqual([300]);
  // 85–90 %, at its middle 87.5 %. Overhead alone: 51.5 / 0.125 − 50.5 / 0.125 = 8 h; goodput
  // alone: 51 / 0.1 − 51 / 0.15 = 170 h (arithmetic written here). Shares of 178 h.
  await goodputField(page).fill('85–90 %');
  const byOverhead = 51.5 / 0.125 - 50.5 / 0.125;
  const byGoodput = 51 / 0.1 - 51 / 0.15;
  const total = byOverhead + byGoodput;
  await expect(bars).toHaveText([
    `Goodput of the pre-training run: ${Math.round((100 * byGoodput) / total)} %`,
    `Total overhead of the pre-training run: ${Math.round((100 * byOverhead) / total)} %`,
  ]);
  const bar = (w: number) => Math.round(((300 * w) / total) * 100) / 100;
  await expect.poll(widths).toEqual([bar(byGoodput), bar(byOverhead)]);
  // Reset puts the cited shares back (10 h and 51 / 0.0995 − 51 / 0.1005 h).
  await page
    .locator('.calc', { has: goodputField(page) })
    .getByRole('button', { name: /^Reset/ })
    .click();
  const cited = [51.5 / 0.1 - 50.5 / 0.1, 51 / 0.0995 - 51 / 0.1005];
  await expect(bars).toHaveText([
    `Total overhead of the pre-training run: ${Math.round((100 * cited[0]!) / (cited[0]! + cited[1]!))} %`,
    `Goodput of the pre-training run: ${Math.round((100 * cited[1]!) / (cited[0]! + cited[1]!))} %`,
  ]);
});

test('the overhead chart draws each category’s range across its bar’s end', async ({ page }) => {
  await page.goto('/pretraining/');
  const line = page.locator('line[data-bar-range="pretrain.mfu_drop_hours"]');
  // "18 hours" is 17.5–18.5 h, on a scale of the 51 h overhead across 300 units.
  const x = (h: number) => (h / 51) * 300;
  expect(Number(await line.getAttribute('x1'))).toBeCloseTo(x(17.5), 1);
  expect(Number(await line.getAttribute('x2'))).toBeCloseTo(x(18.5), 1);
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the ranges toggle is not offered, since it could not work', async ({ page }) => {
    await page.goto('/pretraining/');
    await expect(page.locator('[data-ranges-toggle-box]')).toBeHidden();
  });
});
