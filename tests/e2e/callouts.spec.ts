/**
 * Every claim the audit finds inconsistent shows its callout on the page that discusses it, with
 * JavaScript off: the verdicts come from /facts.json, the pages from the usage index of the MDX.
 */
import { expect, test } from '@playwright/test';
import { readPageIndex } from '../../src/data/page-index';

test.use({ javaScriptEnabled: false });

const calloutPages = new Map<string, string[]>();
for (const { file, path, callouts } of readPageIndex('content/docs'))
  if (file !== 'audit.mdx') for (const id of callouts) calloutPages.set(id, [...(calloutPages.get(id) ?? []), path]);

test('each inconsistent claim shows its callout, stated beside recomputed, on its page', async ({ page, request }) => {
  const doc = (await (await request.get('/facts.json')).json()) as { claims: { id: string; verdict: string }[] };
  const inconsistent = doc.claims.filter((c) => c.verdict === 'inconsistent').map((c) => c.id);
  expect(inconsistent.length).toBeGreaterThan(0);
  for (const id of inconsistent) {
    const paths = calloutPages.get(id) ?? [];
    expect(paths, `${id} has a callout on a content page`).not.toEqual([]);
    for (const path of paths) {
      await page.goto(path);
      const callout = page.locator(`[data-claim-callout="${id}"]`);
      await expect(callout, `${id} on ${path}`).toBeVisible();
      await expect(callout.locator('[data-cell="recomputed"]')).not.toBeEmpty();
      await expect(callout.getByRole('link', { name: 'See this claim in the audit' })).toHaveAttribute(
        'href',
        new RegExp(`audit/#${id.replaceAll('.', '\\.')}$`),
      );
    }
  }
});
