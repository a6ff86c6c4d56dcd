/**
 * Citing and taking away: the cite box, a scenario's citation, the data downloads, the GPU chart,
 * printing, and small screens. Expected values come from the notes' figures (51 h overhead,
 * 90 % goodput, 4,096 rollout GPUs) by arithmetic written here, or from git itself.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, proseNumber } from './support/page';

/** The commit the site was built from, asked of git here (or the override the build used). */
const BUILD_COMMIT =
  process.env['BUILD_COMMIT'] ?? execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

/** Every docs page's path, from the content folder. */
const DOCS_PAGES = readdirSync('content/docs')
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => f.replace(/\.mdx?$/, ''))
  .map((slug) => (slug === 'index' ? '/' : `/${slug}/`));

const citeText = (page: Page, format: string) => page.locator(`[data-cite-text="${format}"]`);

/** Opens the cite box (its summary is a native disclosure: no script needed). */
async function openCite(page: Page): Promise<void> {
  await page.getByText('Cite this page', { exact: true }).click();
}

/** The page's canonical URL as Starlight declares it in the head. */
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

/** A minimal CSV reader for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  return rows;
}

test('the BibTeX citation has the page URL, the build version and today as access date', async ({ page }) => {
  await page.goto('/pretraining/');
  await openCite(page);
  const bibtex = citeText(page, 'bibtex');
  await expect(bibtex).toBeVisible();
  const url = await canonical(page);
  expect(url).toMatch(/\/pretraining\/$/);
  await expect(bibtex).toContainText(`url = {${url}}`);
  await expect(bibtex).toContainText(`version = {${BUILD_COMMIT}}`);
  await expect(citeText(page, 'plain')).toContainText(`Version ${BUILD_COMMIT} of `);
  const d = new Date();
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  await expect(bibtex).toContainText(`urldate = {${today}}`);
  await expect(citeText(page, 'csl')).toContainText(`"version": "${BUILD_COMMIT}"`);
  await expect(page.getByRole('button', { name: 'Copy the BibTeX citation' })).toBeVisible();
});

test('copying a citation puts its text on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/stages/');
  await openCite(page);
  await page.getByRole('button', { name: 'Copy the plain text citation' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the Plain text citation.' })).toBeAttached();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await citeText(page, 'plain').textContent());
});

test('with ?pretrain.goodput=0.8 the summary names goodput and the citation URL has the override', async ({ page }) => {
  await page.goto('/pretraining/?pretrain.goodput=0.8');
  const summary = page.locator('[data-scenario-summary]');
  await expect(summary).toBeVisible();
  // 0.8 in the URL is 80 %; the cited value is 90 %.
  await expect(summary.getByRole('listitem')).toHaveText('Goodput of the pre-training run: 90.0 % → 80.0 %');
  await openCite(page);
  const url = await canonical(page);
  await expect(citeText(page, 'bibtex')).toContainText(`url = {${url}?pretrain.goodput=0.8}`);
  await expect(citeText(page, 'plain')).toContainText(`${url}?pretrain.goodput=0.8 (accessed`);
  await expect(citeText(page, 'plain')).toContainText('Goodput of the pre-training run 80.0 % (cited: 90.0 %)');
});

test('a calculator edit updates the summary and the citation', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  await expect(page.locator('[data-scenario-summary]')).toBeHidden();
  const field = page.getByLabel('Goodput of the pre-training run', { exact: true });
  await field.fill('80');
  await field.blur();
  await expect(page.locator('[data-scenario-summary]')).toContainText('90.0 % → 80.0 %');
  await openCite(page);
  await expect(citeText(page, 'plain')).toContainText('?pretrain.goodput=0.8 (accessed');
});

test('a bad or hostile scenario parameter is ignored and never becomes markup', async ({ page }) => {
  await page.goto('/pretraining/?pretrain.goodput=%3Cimg%20src%3Dx%3E&pretrain.nope=1');
  await openCite(page);
  await expect(page.locator('[data-scenario-summary]')).toBeHidden();
  await expect(page.locator('[data-scenario-summary] img, [data-cite] img')).toHaveCount(0);
  await expect(citeText(page, 'plain')).not.toContainText('?');
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the cite box opens and shows all three citations, without copy buttons', async ({ page }) => {
    await page.goto('/method/');
    await openCite(page);
    const url = await canonical(page);
    await expect(citeText(page, 'plain')).toContainText(`${url} (accessed `);
    await expect(citeText(page, 'bibtex')).toContainText(`version = {${BUILD_COMMIT}}`);
    await expect(citeText(page, 'csl')).toContainText('"type": "webpage"');
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  });
});

test.describe('downloads', () => {
  // 51 h / (1 − 0.90) = 510 h of wall-clock time; goodput is shown as a percentage, 90.
  const WALL_HOURS = 51 / (1 - 0.9);

  test('the page links its CSV, and the CSV has the pre-training ids with values', async ({ page, request }) => {
    await page.goto('/pretraining/');
    const link = page.getByRole('link', { name: 'pretraining.csv' });
    const res = await request.get((await link.getAttribute('href'))!);
    expect(res.ok()).toBe(true);
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([
      'id',
      'label',
      'kind',
      'value',
      'unit',
      'stored_value',
      'stored_unit',
      'formula',
      'source',
      'locator',
      'citation',
      'low',
      'high',
    ]);
    const col = (name: string) => header!.indexOf(name);
    const byId = new Map(rows.map((r) => [r[0], r]));
    expect(Number(byId.get('pretrain.wall_hours')![col('value')])).toBeCloseTo(WALL_HOURS, 6);
    expect(byId.get('pretrain.wall_hours')![col('formula')]).toContain('pretrain.overhead_hours');
    // Goodput is shown as 90 % and stored as the 0.9 its formula needs.
    const goodput = byId.get('pretrain.goodput')!;
    expect(Number(goodput[col('value')])).toBeCloseTo(90, 9);
    expect(goodput[col('unit')]).toBe('%');
    expect(Number(goodput[col('stored_value')])).toBeCloseTo(0.9, 12);
    expect(goodput[col('stored_unit')]).toBe('1');
    expect(Number(byId.get('pretrain.overhead_hours')![col('value')])).toBe(51);
    // "51 hours" is 50.5–51.5 h at its written precision (issue 15).
    expect(Number(byId.get('pretrain.overhead_hours')![col('low')])).toBe(50.5);
    expect(Number(byId.get('pretrain.overhead_hours')![col('high')])).toBe(51.5);
    // An input's citation holds a comma, so the reader above had to unquote it.
    expect(byId.get('pretrain.overhead_hours')![col('citation')]).toMatch(/, .*51 hours/);
  });

  test('the page JSON and the site CSV carry the same value', async ({ page, request }) => {
    await page.goto('/pretraining/');
    const json = await (
      await request.get((await page.getByRole('link', { name: 'pretraining.json' }).getAttribute('href'))!)
    ).json();
    const wall = json.quantities.find((q: { id: string }) => q.id === 'pretrain.wall_hours');
    expect(wall.value).toBeCloseTo(WALL_HOURS, 6);
    expect(json.shown).toContain('pretrain.wall_hours');
    expect(json.version.commit).toBe(BUILD_COMMIT);
    const site = parseCsv(
      await (await request.get((await page.getByRole('link', { name: 'facts.csv' }).getAttribute('href'))!)).text(),
    );
    expect(Number(site.find((r) => r[0] === 'pretrain.wall_hours')![3])).toBeCloseTo(WALL_HOURS, 6);
  });

  test('/facts.json names its build: commit, date and the site URL the citations use', async ({ page, request }) => {
    const doc = await (await request.get('/facts.json')).json();
    await page.goto('/');
    expect(doc.build).toEqual({
      commit: BUILD_COMMIT,
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      url: await canonical(page),
    });
  });

  test('the download links look like the theme’s links', async ({ page }) => {
    await page.goto('/pretraining/');
    const style = (name: string) =>
      page.getByRole('link', { name }).evaluate((a) => {
        const s = getComputedStyle(a);
        return { color: s.color, decoration: s.textDecorationLine };
      });
    // A link in the page's prose is Starlight's link style; the downloads must match it.
    const prose = await page
      .locator('.sl-markdown-content a[href]:not(.not-content *)')
      .first()
      .evaluate((a) => {
        const s = getComputedStyle(a);
        return { color: s.color, decoration: s.textDecorationLine };
      });
    expect(await style('pretraining.csv')).toEqual(prose);
    expect(await style('facts.json')).toEqual(prose);
  });

  test('a page without numbers has no download block', async ({ page }) => {
    await page.goto('/method/');
    await expect(page.getByRole('heading', { name: 'Download this page’s numbers' })).toHaveCount(0);
  });
});

test('the GPU-allocation chart redraws when a GPU count changes, and has its table', async ({ page }) => {
  await page.goto('/reinforcement-learning/');
  await hydrated(page);
  const chart = page.locator('figure.bar-chart').filter({ hasText: 'GPU allocation' });
  await expect(chart.locator('table tbody tr')).toHaveCount(4);
  const bar = chart.locator('rect[data-quantity="rl.rollout_gpus"]');
  const before = Number(await bar.getAttribute('width'));
  expect(before).toBeGreaterThan(0);
  await page.getByLabel('GPUs generating rollouts', { exact: true }).fill('2048');
  // Halving the rollout pool (4,096 → 2,048) halves its bar; the largest bar, pre-training, sets the scale.
  await expect.poll(async () => Number(await bar.getAttribute('width'))).toBeCloseTo(before / 2, 1);
  await expect(chart.locator('table')).toContainText('2,048');
});

test('printing hides the controls, states the scenario and keeps formulas and sources', async ({ page }) => {
  await page.goto('/pretraining/');
  // What the browser does before it prints (a popover's shared lists are copied in then); emulating
  // the print medium alone fires no event.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-scenario-summary]')).toBeVisible();
  await expect(page.locator('[data-scenario-summary]')).toContainText('Scenario: Cited values');
  await expect(page.locator('site-search')).toBeHidden();
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
  await expect(page.locator('.calc input').first()).toBeHidden();
  const note = page.locator('.sl-markdown-content p .q[data-quantity="pretrain.wall_hours"] .q-about').first();
  await expect(note).toBeVisible();
  await expect(note).toContainText('pretrain.overhead_hours / (1 - pretrain.goodput)');
  await expect(note).toContainText('Lockwood');
});

test('a printed scenario shows each number’s work at the reader’s values', async ({ page }) => {
  await page.goto('/pretraining/?pretrain.goodput=0.8');
  await hydrated(page);
  await expect(proseNumber(page, 'pretrain.wall_hours').locator(':scope > .q-value')).toHaveText('255 h');
  // What the browser does before it prints; emulating the print medium alone fires no event.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const note = page.locator('.sl-markdown-content p .q[data-quantity="pretrain.wall_hours"] .q-about').first();
  // 51 / (1 − 80.0 %) = 255, the notes' overhead at the reader's goodput
  await expect(note).toContainText('51 h / (1 − 80.0 %) = 255 h');
});

test.describe('a 360 px wide screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of DOCS_PAGES) {
    test(`${path} does not scroll sideways, with the cite box open`, async ({ page }) => {
      await page.goto(path);
      await openCite(page);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
    });
  }
});
