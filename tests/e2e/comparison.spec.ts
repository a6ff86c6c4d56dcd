/**
 * The comparison page and the "What your edits changed" table, as a reader meets them. Expected
 * values are arithmetic on the sources' figures, written here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { islandsHydrated } from './support/site';

const RUNS = ['MAI-Base-1', 'DeepSeek-V3', 'Llama 3.1 405B', 'Kimi K2'];
const OVERHEAD_H = 51; // the notes' total overhead of the pre-training run
const wallHours = (goodput: number) => OVERHEAD_H / (1 - goodput);

test('the comparison page shows every run in its table and its chart', async ({ page }) => {
  await page.goto('/comparison/');
  const table = page.locator('[data-runs-table]');
  await expect(table.locator('thead th')).toHaveText(['Quantity', ...RUNS]);
  // 2,664,000 H800 GPU-hours / 14.8 trillion tokens = 180,000 per trillion (DeepSeek's own arithmetic).
  const perTrillion = table.locator('tr[data-row="compare.gpu_hours_per_trillion_tokens"] td');
  await expect(perTrillion.nth(1)).toContainText('180,000 GPU·h');
  // Kimi K2 publishes no GPU time: the cell says so instead of being blank.
  await expect(perTrillion.nth(3)).toHaveText('not published');
  // Llama's GPU time is a total: its cells carry a mark whose note says so.
  const llamaNote = perTrillion.nth(2).locator('sup a');
  await expect(llamaNote.first()).toHaveAttribute('aria-label', /total GPU time, overhead included/);
  for (const run of RUNS)
    await expect(page.locator('[data-runs-chart] th[scope="row"]', { hasText: run })).not.toHaveCount(0);
  await expect(page.locator('[data-run-claims] tr[data-verdict]')).not.toHaveCount(0);
});

test('/facts.json lists the runs with their cited figures and values', async ({ request }) => {
  const doc = (await (await request.get('/facts.json')).json()) as {
    runs: {
      label: string;
      inputs: Record<string, { source: string; locator: string }>;
      values: Record<string, number>;
    }[];
  };
  expect(doc.runs.map((r) => r.label)).toEqual(RUNS);
  const deepseek = doc.runs[1]!;
  // 2,664,000 / 14.8 = 180,000 GPU-hours per trillion tokens.
  expect(deepseek.values['compare.gpu_hours_per_trillion_tokens']).toBeCloseTo(180_000, 6);
  expect(deepseek.inputs['compare.gpu_hours']).toMatchObject({
    source: 'deepseek-v3-report',
    locator: 'Table 1, pre-training',
  });
});

async function changeRow(page: Page, label: string) {
  return page.locator('[data-scenario-changes] tr', { has: page.getByRole('rowheader', { name: label, exact: true }) });
}

test('a link with pretrain.goodput=0.8 shows the change table with 510 h → 255 h', async ({ page }) => {
  await page.goto('/pretraining/?pretrain.goodput=0.8');
  const section = page.getByRole('region', { name: 'What your edits changed' });
  await expect(section).toBeVisible();
  const row = await changeRow(page, 'Wall-clock time of pre-training');
  await expect(row).toBeVisible();
  // 51 / (1 − 90.0 %) = 510 h cited; 51 / (1 − 80.0 %) = 255 h here, half: −50 %.
  expect(wallHours(0.9)).toBeCloseTo(510, 9);
  expect(wallHours(0.8)).toBeCloseTo(255, 9);
  await expect(row.locator('td')).toHaveText(['510 h', '255 h', '−50 %']);
  // Numbers the scenario leaves alone are not listed.
  await expect(await changeRow(page, 'GPUs in the pre-training run')).toBeHidden();
  // The count is announced politely, through the page's one live region.
  await expect(page.locator('[data-page-status]')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('[data-page-status]')).toContainText('numbers on this page differ');
});

test('the change table follows an edit, is reachable by keyboard, and goes away at the cited values', async ({
  page,
}) => {
  await page.goto('/pretraining/');
  const box = page.locator('[data-scenario-changes]');
  await expect(box).toBeHidden();
  await islandsHydrated(page);
  const goodput = page.getByLabel('Goodput of the pre-training run', { exact: true });
  await goodput.fill('80 %');
  await expect(box).toBeVisible();
  await expect((await changeRow(page, 'Wall-clock time of pre-training')).locator('td').nth(1)).toHaveText('255 h');
  // The table's scroll box is the next stop after the box's link, so a keyboard reader reaches and scrolls it.
  await box.getByRole('link', { name: 'Show the cited values' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: 'What your edits changed' })).toBeFocused();
  await goodput.fill('90 %');
  await expect(box).toBeHidden();
});

for (const theme of ['light', 'dark'] as const)
  test(`the change table has no axe violations (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto('/pretraining/?pretrain.goodput=0.8');
    await expect(page.locator('[data-scenario-changes]')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('[data-scenario-changes]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
