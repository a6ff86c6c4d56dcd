/**
 * The figures drawn from the facts, as a reader meets them: drawn without JavaScript, redrawn when
 * an input changes (shapes, numbers and description), accessible in both themes, and printed.
 * Expected counts are independent arithmetic on what the test types or on the notes' figures.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './support/page';

const FIGURE_PAGES = ['/architecture/', '/hardware/', '/stages/', '/compute/', '/pretraining/'];

const figure = (page: Page, name: string) => page.locator(`figure:has(svg[data-figure="${name}"])`);
const cells = (page: Page, name: string, selector = 'rect') =>
  page.locator(`svg[data-figure="${name}"] [data-draw] ${selector}`);

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the layer stack is drawn by the build: 78 layers, 13 of them global', async ({ page }) => {
    await page.goto('/architecture/');
    await expect(cells(page, 'layer-stack')).toHaveCount(78);
    // 78 / (5 local + 1 global) = 13 global layers.
    await expect(cells(page, 'layer-stack', 'rect.fig-global')).toHaveCount(13);
    await expect(page.getByRole('img', { name: /The layer stack/ })).toBeVisible();
  });
});

test('architecture: a layer count of 60 redraws the layer stack, its labels and its description', async ({ page }) => {
  await page.goto('/architecture/');
  await hydrated(page);
  await page.getByLabel('Layers', { exact: true }).fill('60');
  await expect(cells(page, 'layer-stack')).toHaveCount(60);
  // 60 / 6 = 10 global layers; alternating, half of 60 = 30 MoE layers.
  await expect(cells(page, 'layer-stack', 'rect.fig-global')).toHaveCount(10);
  await expect(cells(page, 'layer-stack', 'rect.fig-moe')).toHaveCount(30);
  const stack = figure(page, 'layer-stack');
  await expect(stack.locator('svg text')).toContainText(['MoE FFN: 30 layers']);
  await expect(stack.locator('desc')).toContainText('60 layers');
  await expect(stack.locator('desc')).toContainText('10 layers use global attention');
  // The SVG keeps its size: no layout shift when the stack redraws.
  await expect(stack.locator('svg')).toHaveAttribute('viewBox', '0 0 400 300');
});

test('architecture: MoE in every layer redraws the stack and the parameter bars', async ({ page }) => {
  await page.goto('/architecture/');
  await hydrated(page);
  const before = await cells(page, 'params').first().getAttribute('width');
  const shareBefore = (await page.locator('table [data-quantity="recon.expert_share_of_total"]').textContent()) ?? '';
  await page.getByLabel('Layer layout', { exact: true }).selectOption({ label: 'MoE in every layer' });
  await expect(cells(page, 'layer-stack', 'rect.fig-moe')).toHaveCount(78);
  await expect(cells(page, 'layer-stack', 'rect.fig-dense')).toHaveCount(0);
  // Twice the MoE layers: the experts' share of all parameters grows, so its bar's width changes.
  await expect.poll(() => cells(page, 'params').first().getAttribute('width')).not.toBe(before);
  // The share is a quantity: the table and the description say the same new figure.
  const params = figure(page, 'params');
  const share = params.locator('table [data-quantity="recon.expert_share_of_total"]');
  await expect(share).not.toHaveText(shareBefore);
  await expect(params.locator('desc')).toContainText(`experts ${await share.textContent()}`);
});

test('hardware: a GPU count of 4,096 redraws the racks', async ({ page }) => {
  await page.goto('/hardware/');
  await hydrated(page);
  await expect(cells(page, 'racks')).toHaveCount(2 * 128);
  await page.getByLabel('GPUs in the pre-training run', { exact: true }).fill('4096');
  // 4,096 / 64 = 64 racks, two marks each (in use, spare); 64 × 72 − 4,096 = 512 spare slots.
  await expect(cells(page, 'racks')).toHaveCount(2 * 64);
  const racks = figure(page, 'racks');
  await expect(racks.locator('svg [data-quantity="hardware.racks_used"]')).toHaveText('64 racks');
  await expect(racks.locator('svg [data-quantity="hardware.spare_gpu_slots"]')).toHaveText('512 GPUs');
  await expect(racks.locator('desc')).toContainText('4,096 GPUs in 64 racks');
});

test('hardware: above a few hundred racks, one mark per group', async ({ page }) => {
  await page.goto('/hardware/');
  await hydrated(page);
  await page.getByLabel('GPUs in the pre-training run', { exact: true }).fill('100000');
  // 100,000 / 64 → 1,563 racks; groups of ⌈1,563 / 256⌉ = 7 racks make ⌈1,563 / 7⌉ = 224 marks.
  await expect(cells(page, 'racks')).toHaveCount(2 * 224);
  // The racks each mark stands for are a quantity (hardware.racks_per_mark), in the note, the table and the description.
  const racks = figure(page, 'racks');
  await expect(racks.locator('.fig-note [data-quantity="hardware.racks_per_mark"]')).toHaveText('7');
  await expect(racks.locator('desc')).toContainText('Racks per mark: 7.');
});

test('stages: mid-training 1 says its GPU count is not given; an edit moves the bars', async ({ page }) => {
  await page.goto('/stages/');
  await hydrated(page);
  const stages = figure(page, 'stages');
  await expect(stages.locator('svg text').filter({ hasText: 'GPUs not given' })).toHaveCount(1);
  const bars = cells(page, 'stages', 'rect.fig-bar');
  await page.getByLabel('Mid-training 1 tokens', { exact: true }).fill('30 T');
  // 30 + 30 + 0.15 = 60.15 T: the first two bars are equal, 30 / 60.15 × 400 = 199.5 units each.
  await expect.poll(async () => Number(await bars.nth(1).getAttribute('width'))).toBeCloseTo(199.5, 0);
  await expect(bars.nth(0)).toHaveAttribute('width', String(await bars.nth(1).getAttribute('width')));
});

for (const theme of ['light', 'dark'] as const) {
  for (const path of FIGURE_PAGES) {
    test(`${path}: its figures pass axe with their tables open (${theme})`, async ({ page }) => {
      // Every axe rule over /architecture/'s three figures takes about 15 s alone, and past the
      // default 30 s when the machine is busy: the check is the same, with room to finish.
      test.setTimeout(90_000);
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const d of await page.locator('details.fig-data').all()) await d.locator('summary').click();
      const { violations } = await new AxeBuilder({ page }).include('figure').analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('printing keeps every figure', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of FIGURE_PAGES) {
    await page.goto(path);
    const svgs = page.locator('figure svg[role="img"]');
    expect(await svgs.count(), `${path} has a figure`).toBeGreaterThan(0);
    for (const svg of await svgs.all()) {
      await expect(svg).toBeVisible();
      expect((await svg.boundingBox())!.height).toBeGreaterThan(50);
    }
  }
});

test('compute: counting attention redraws the FLOPs bar, and its share in the description is a quantity', async ({
  page,
}) => {
  await page.goto('/compute/');
  await hydrated(page);
  const flops = figure(page, 'flops');
  const share = flops.locator('table [data-quantity="compute.attention_share"]');
  await expect(flops.locator('desc')).toContainText('not counted in the MFU (0 % of the FLOPs it counts)');
  await page.getByLabel('Attention counted in MFU', { exact: true }).selectOption({ index: 1 });
  // 11,164,188,672 / (6 × 35 B + 11,164,188,672) = 5.05 %, written to a whole per cent.
  await expect(share).toHaveText('5 %');
  await expect(flops.locator('desc')).toContainText('counted in the MFU (5 % of the FLOPs it counts)');
  await expect(flops.locator('desc')).not.toContainText('not counted');
  // The attention part of the token's bar (the second shape) now has a width.
  await expect.poll(async () => Number(await cells(page, 'flops').nth(1).getAttribute('width'))).toBeGreaterThan(0);
});
