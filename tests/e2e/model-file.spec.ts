/**
 * Issue 12: the model the live page computes from is one static file for the whole site
 * (src/pages/runtime-model.[hash].json.ts), not inline JSON in every page. The page names it in
 * `data-model-url`; it is fetched once, with the runtime, on a reader's first intent. When it does
 * not load, or is not a model, the page keeps its cited numbers and says so in its notices.
 * Expected values are arithmetic on the notes' figures: 459 productive hours (510 × 0.9) of
 * 4,096 GPUs, where the notes have 8,192.
 */
import { expect, test, type Page } from '@playwright/test';
import { MODEL_FAILED } from '../../src/lib/present/runtime-model';
import { calcResult, proseNumber } from './support/page';
import { watchForProblems } from './support/site';

const MODEL_FILE = /\/runtime-model\.[0-9a-f]{12}\.json$/;
const gpus = (page: Page) => page.locator('.calc input[type="text"][data-field="pretrain.gpus"]').first();
const notices = (page: Page) => page.locator('[data-scenario-notices]');
/** Every number's value on the page, in document order. */
const values = (page: Page) =>
  page.locator('[data-value]').evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));

test('a page names the one model file and ships no inline model', async ({ request }) => {
  const urls = new Set<string>();
  for (const path of ['/pretraining/', '/architecture/', '/compute/']) {
    const html = await (await request.get(path)).text();
    expect(html, `${path} has no inline model`).not.toContain('id="mai-model"');
    const url = /\sdata-model-url="([^"]*)"/.exec(html)?.[1];
    expect(url, `${path} names its model file`).toMatch(MODEL_FILE);
    urls.add(url!);
  }
  // One file for every page, so the browser fetches it once for the site.
  expect(urls.size).toBe(1);
  const response = await request.get([...urls][0]!);
  expect(response.headers()['content-type']).toContain('application/json');
  const model = (await response.json()) as { quantities: Record<string, unknown> };
  expect(Object.keys(model.quantities)).toContain('pretrain.gpus');
});

test('the model is fetched once, at the first intent, and the numbers follow an edit', async ({ page }) => {
  const noProblems = await watchForProblems(page);
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (MODEL_FILE.test(new URL(r.url()).pathname)) fetched.push(r.url());
  });
  await page.goto('/pretraining/');
  await page.waitForLoadState('networkidle');
  expect(fetched, 'a page read at its cited values does not fetch the model').toEqual([]);
  await gpus(page).fill('4096');
  // 459 productive hours of 4,096 GPUs.
  await expect(calcResult(page, 'pretrain.gpu_hours')).toHaveAttribute('data-value', String(459 * 4096));
  await expect(proseNumber(page, 'pretrain.gpu_hours')).toHaveAttribute('data-value', String(459 * 4096));
  await gpus(page).fill('2048');
  await expect(calcResult(page, 'pretrain.gpu_hours')).toHaveAttribute('data-value', String(459 * 2048));
  expect(fetched).toHaveLength(1);
  await expect(notices(page).locator('p')).toHaveCount(0);
  await noProblems();
});

const FAILURES = [
  { what: 'an HTTP 500', status: 500, body: 'Internal Server Error', contentType: 'text/plain' },
  { what: 'malformed JSON', status: 200, body: '{"quantities": {"pretrain.gpus": ', contentType: 'application/json' },
  { what: 'JSON that is not a model', status: 200, body: '{"sources": {}}', contentType: 'application/json' },
  {
    what: 'a model the compiled formulas do not fit',
    status: 200,
    body: '{"sources": {}, "quantities": {"pretrain.gpus": {"kind": "input", "unit": "GPU", "value": 8192}}}',
    contentType: 'application/json',
  },
];

for (const failure of FAILURES) {
  test(`a model file that gives ${failure.what}: the cited numbers stay, and a notice says why`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(
      (url) => MODEL_FILE.test(url.pathname),
      (route) => route.fulfill({ status: failure.status, body: failure.body, contentType: failure.contentType }),
    );
    await page.goto('/pretraining/');
    const cited = await values(page);
    expect(cited.length).toBeGreaterThan(0);
    await gpus(page).fill('4096');
    await expect(notices(page).locator('p[data-param="model"]')).toHaveText(MODEL_FAILED);
    await expect(notices(page)).toBeVisible();
    // The reader's text stays in the field; every number is still the cited one.
    await expect(gpus(page)).toHaveValue('4096');
    expect(await values(page)).toEqual(cited);
    await expect(page.locator('main')).not.toContainText('NaN');
    // A second edit changes nothing either, and throws nothing.
    await gpus(page).fill('2048');
    expect(await values(page)).toEqual(cited);
    expect(errors).toEqual([]);
  });
}

test('a link with a scenario, when the model file fails: the cited numbers, the notice, and a citation of them', async ({
  page,
}) => {
  await page.route(
    (url) => MODEL_FILE.test(url.pathname),
    (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }),
  );
  await page.goto('/pretraining/');
  const cited = await values(page);
  await page.goto('/pretraining/?pretrain.gpus=4096');
  await expect(notices(page).locator('p[data-param="model"]')).toHaveText(MODEL_FAILED);
  expect(await values(page)).toEqual(cited);
  await expect(page.locator('main')).not.toContainText('NaN');
  // The page shows the cited values, and its citation says so: no scenario in it.
  await page.getByText('Cite this page', { exact: true }).click();
  await expect(page.locator('[data-cite-text="plain"]')).not.toContainText('pretrain.gpus');
});
