/**
 * Rules for the pages, read from the usage index (src/data/page-index.ts, the MDX parsed as Astro
 * parses it): every id a page names exists, every derived number a page shows is recomputed by a
 * calculator on that page, and every claim the audit finds inconsistent meets the reader as a
 * callout where its figure is discussed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPageIndex } from '../../../src/data/page-index';
import { auditAll } from '../../../src/lib/audit/verdict';
import { createEngine } from '../../../src/data/program';
import { loadFacts } from '../../../src/data/facts-files';
import { idsShownOn } from '../../../src/lib/present/page-usage';

const DOCS = 'content/docs';
const model = loadFacts('content/facts');
const pages = readPageIndex(DOCS).map((usage) => ({
  file: usage.file,
  usage,
  text: readFileSync(`${DOCS}/${usage.file}`, 'utf8'),
}));

describe.each(pages)('$file', ({ usage, text }) => {
  it('names only known quantities', () => {
    expect(idsShownOn(usage).filter((id) => !model.quantities[id])).toEqual([]);
  });

  it('has a calculator for every derived number it shows', () => {
    const outputs = new Set(usage.calculators.flatMap((c) => c.outputs));
    const derived = usage.inline.filter((id) => model.quantities[id]?.kind === 'derived');
    expect(derived.filter((id) => !outputs.has(id))).toEqual([]);
  });

  it('links inside the site relatively, so that a base path works', () => {
    expect(text.match(/\]\(\/[^)]*\)/g) ?? []).toEqual([]);
  });
});

describe('callouts', () => {
  const evaluated = createEngine(model).evaluate();
  if (!evaluated.ok) throw evaluated.error;
  const inconsistent = auditAll(model, evaluated.value)
    .filter((r) => r.verdict === 'inconsistent')
    .map((r) => r.id);
  const contentPages = pages.filter((p) => p.file !== 'audit.mdx');

  it('the audit finds inconsistent claims', () => expect(inconsistent.length).toBeGreaterThan(0));

  it.each(inconsistent)('%s appears as a callout on a page that discusses it', (id) => {
    expect(contentPages.filter((p) => p.usage.callouts.includes(id)).map((p) => p.file)).not.toEqual([]);
  });
});
