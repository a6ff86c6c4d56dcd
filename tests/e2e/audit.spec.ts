/**
 * The claims audit, as a reader meets it. Expected verdicts and values are arithmetic on the
 * notes' figures, written here: 30T tokens over (510 − 51) h × 8,192 GPUs is
 * 30e12 / (459 × 8,192 × 3,600) ≈ 2,216 tokens per GPU per second, not the stated 2.2 million;
 * 51 h / (1 − 90.0 %) = 510 h, as stated.
 */
import { expect, test } from '@playwright/test';
import { loadFacts, loadRuns } from '../../src/data/facts-files';

const facts = loadFacts('content/facts');
/** The site's own claims, in /facts.json. */
const SITE_CLAIMS = Object.keys(facts.claims ?? {}).length;
/** The audit page's rows: the site's claims and the comparison runs' (runs-claims.yaml). */
const CLAIM_COUNT = SITE_CLAIMS + loadRuns('content/facts', facts).claims.length;
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
    for (const r of await rows.all()) {
      // Its words, its verdict and the reasoning behind the verdict.
      await expect(r.locator('.audit-statement')).not.toBeEmpty();
      await expect(r.locator('[data-cell="verdict"]')).toHaveText(/^(Consistent|Inconsistent|Not checkable)$/);
      await expect(r.locator('[data-part="reasoning"]')).toHaveText(/\w{3,}/);
    }
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
  // The count is read out through the page's one polite region, once the choice settles.
  await expect(page.locator('[data-page-status]')).toHaveText(`Showing ${inconsistent} of ${CLAIM_COUNT} claims.`);

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

test('a former claim id still leads to its row', async ({ page }) => {
  // "(3.5% active)" was registered twice against the same quantity; the duplicate's id stays an anchor.
  await page.goto('/audit/#claim.architecture.active_share');
  await expect(page.locator('[id="claim.architecture.active_share"]')).toHaveCount(1);
  await expect(
    page.locator('tr[data-claim="claim.headline.active_fraction"] [id="claim.architecture.active_share"]'),
  ).toHaveCount(1);
});

test('the 459 hours are compared with the run’s length, and the reasoning says why', async ({ page }) => {
  // The notes: "the entire pre-training took 510 hours" (51 / (1 − 90.0 %) = 510), then "took 459 hours".
  await page.goto('/audit/');
  const r = row(page, 'claim.headline.productive_hours');
  await expect(r.locator('[data-cell="verdict"]')).toHaveText('Inconsistent');
  await expect(r.locator('[data-cell="recomputed"]')).toContainText(`${Math.round(51 / (1 - 0.9))} h`);
  await expect(r.locator('[data-part="reasoning"]')).toContainText('the entire pre-training took 510 hours');
});

test('/facts.json carries the claims with their verdicts', async ({ request }) => {
  const doc = (await (await request.get('/facts.json')).json()) as {
    claims: { id: string; verdict: string; recomputed: number; stated_value: number; reasoning: string }[];
    aliases: Record<string, string>;
  };
  expect(doc.aliases['claim.architecture.active_share']).toBe('claim.headline.active_fraction');
  for (const c of doc.claims) expect(c.reasoning.length, c.id).toBeGreaterThan(10);
  expect(doc.claims).toHaveLength(SITE_CLAIMS);
  const rate = doc.claims.find((c) => c.id === RATE)!;
  expect(rate.verdict).toBe('inconsistent');
  expect(rate.stated_value).toBe(2.2e6);
  expect(Math.abs(rate.recomputed - recomputedRate) / recomputedRate).toBeLessThan(1e-9);
});

test('/facts.json publishes a reading for every assumption and for the three context lengths', async ({ request }) => {
  const doc = (await (await request.get('/facts.json')).json()) as {
    quantities: { id: string; kind: string; assumption?: boolean; reading?: string }[];
  };
  const contexts = ['stages.pretrain_context', 'stages.mid1_context', 'stages.mid2_context'];
  const need = doc.quantities.filter((q) => q.kind === 'input' && (q.assumption || contexts.includes(q.id)));
  expect(need.length).toBeGreaterThan(contexts.length);
  for (const q of need) expect(q.reading, q.id).toBeTruthy();
});
