/**
 * The claims audit, as a reader meets it. Expected verdicts and values are arithmetic on the
 * notes' figures, written here: 30T tokens over (510 − 51) h × 8,192 GPUs is
 * 30e12 / (459 × 8,192 × 3,600) ≈ 2,216 tokens per GPU per second, not the stated 2.2 million;
 * 51 h / (1 − 0.9) = 510 h, as stated.
 */
import { expect, test } from '@playwright/test';
import { loadFacts } from '../../src/lib/facts/load';

const CLAIM_COUNT = Object.keys(loadFacts('content/facts').claims ?? {}).length;
const RATE = 'claim.headline.tokens_rate';
const WALL = 'claim.headline.wall_hours';
const recomputedRate = 30e12 / (459 * 8192 * 3600);
const row = (page: import('@playwright/test').Page, id: string) => page.locator(`tr[data-claim="${id}"]`);

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the audit page lists every claim with its verdict', async ({ page }) => {
    await page.goto('/audit/');
    const rows = page.locator('tbody tr[data-claim]');
    await expect(rows).toHaveCount(CLAIM_COUNT);
    await expect(page.locator('[data-audit-summary] [data-count="total"]')).toHaveText(String(CLAIM_COUNT));
    for (const r of await rows.all())
      await expect(r.locator('[data-cell="verdict"]')).toHaveText(/^(Consistent|Inconsistent|Not checkable)$/);
    await expect(row(page, RATE).locator('[data-cell="verdict"]')).toHaveText('Inconsistent');
    await expect(row(page, WALL).locator('[data-cell="verdict"]')).toHaveText('Consistent');
    // The filters need JavaScript, so they stay hidden.
    await expect(page.locator('[data-audit-controls]')).toBeHidden();
  });

  test('an inconsistent claim’s callout shows stated and recomputed side by side', async ({ page }) => {
    await page.goto('/audit/');
    const callout = page.locator(`[data-claim-callout="${RATE}"]`);
    await expect(callout).toBeVisible();
    expect(Math.round(recomputedRate)).toBe(2216);
    await expect(callout.locator('[data-cell="stated"]')).toContainText('2,200,000');
    await expect(callout.locator('[data-cell="recomputed"]')).toContainText('2,216');
    await callout.getByRole('link', { name: 'See this claim in the audit' }).click();
    await expect(page).toHaveURL(new RegExp(`#${RATE.replaceAll('.', '\\.')}$`));
  });
});

test('filtering by verdict and by source', async ({ page }) => {
  await page.goto('/audit/');
  const controls = page.locator('[data-audit-controls]');
  await expect(controls).toBeVisible();
  const visible = page.locator('tbody tr[data-claim]:visible');
  await expect(page.locator('[data-audit-status]')).toHaveText(`Showing ${CLAIM_COUNT} of ${CLAIM_COUNT} claims.`);

  await page.locator('select[data-filter="verdict"]').selectOption('inconsistent');
  await expect(row(page, RATE)).toBeVisible();
  await expect(row(page, WALL)).toBeHidden();
  const inconsistent = await page.locator('tbody tr[data-verdict="inconsistent"]').count();
  await expect(visible).toHaveCount(inconsistent);
  await expect(page.locator('[data-audit-status]')).toHaveText(`Showing ${inconsistent} of ${CLAIM_COUNT} claims.`);

  await page.locator('select[data-filter="verdict"]').selectOption('');
  await page.locator('select[data-filter="source"]').selectOption('lockwood-mai1');
  await expect(visible).toHaveCount(await page.locator('tbody tr[data-source="lockwood-mai1"]').count());
  await expect(row(page, RATE)).toBeVisible();
});

test('sorting by verdict puts inconsistent claims first; by claim id restores the order', async ({ page }) => {
  await page.goto('/audit/');
  const first = page.locator('tbody tr').first();
  const idOrder = await page.locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.id));
  await page.getByLabel('Sort by').selectOption('verdict');
  await expect(first).toHaveAttribute('data-verdict', 'inconsistent');
  await expect(row(page, RATE)).toHaveAttribute('data-verdict', 'inconsistent');
  await page.getByLabel('Sort by').selectOption('id');
  expect(await page.locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.id))).toEqual(idOrder);
  expect(idOrder).toEqual([...idOrder].sort());
});

test('a row links to the number and to the calculator that recomputes it', async ({ page }) => {
  await page.goto('/audit/');
  const number = row(page, RATE).locator('a[data-link="number"]');
  const calculator = row(page, RATE).locator('a[data-link="calculator"]');
  const calcHref = await calculator.getAttribute('href');
  await number.click();
  await expect(page).toHaveURL(/#pretrain\.tokens_per_gpu_second$/);
  await expect(page.locator('[id="pretrain.tokens_per_gpu_second"]')).toBeVisible();
  await page.goto(calcHref!);
  await expect(page.locator('.calc dd[data-quantity="pretrain.tokens_per_gpu_second"]')).toBeVisible();
});

test('/facts.json carries the claims with their verdicts', async ({ request }) => {
  const doc = (await (await request.get('/facts.json')).json()) as {
    claims: { id: string; verdict: string; recomputed: number; stated_value: number }[];
  };
  expect(doc.claims).toHaveLength(CLAIM_COUNT);
  const rate = doc.claims.find((c) => c.id === RATE)!;
  expect(rate.verdict).toBe('inconsistent');
  expect(rate.stated_value).toBe(2.2e6);
  expect(Math.abs(rate.recomputed - recomputedRate) / recomputedRate).toBeLessThan(1e-9);
});
