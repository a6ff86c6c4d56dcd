/**
 * Rules for the pages, read from their MDX: every id a page names exists, every derived number a
 * page shows is recomputed by a calculator on that page, and every claim the audit finds
 * inconsistent meets the reader as a callout where its figure is discussed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditAll } from '../../../src/lib/audit/verdict';
import { createEngine } from '../../../src/lib/engine/evaluate';
import { loadFacts } from '../../../src/lib/facts/load';

const DOCS = 'content/docs';
const model = loadFacts('content/facts');
const pages = readdirSync(DOCS)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => ({ file, text: readFileSync(`${DOCS}/${file}`, 'utf8') }));

/** Ids rendered inline with `<Q id="…" />`. */
const inlineIds = (text: string) => [...text.matchAll(/<Q id="([^"]+)"/g)].map((m) => m[1]!);

/** Ids listed in a calculator's `outputs={[…]}` or `inputs={[…]}`. */
function calculatorIds(text: string, prop: 'inputs' | 'outputs'): string[] {
  const lists = [...text.matchAll(new RegExp(`${prop}=\\{\\[([^\\]]*)\\]\\}`, 'g'))].map((m) => m[1]!);
  return lists.flatMap((list) => [...list.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]!));
}

describe.each(pages)('$file', ({ text }) => {
  it('names only known quantities', () => {
    const ids = [...inlineIds(text), ...calculatorIds(text, 'inputs'), ...calculatorIds(text, 'outputs')];
    expect(ids.filter((id) => !model.quantities[id])).toEqual([]);
  });

  it('has a calculator for every derived number it shows', () => {
    const outputs = new Set(calculatorIds(text, 'outputs'));
    const derived = inlineIds(text).filter((id) => model.quantities[id]?.kind === 'derived');
    expect([...new Set(derived)].filter((id) => !outputs.has(id))).toEqual([]);
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
  const calloutsOn = (text: string) => [...text.matchAll(/<ClaimCallout id="([^"]+)"/g)].map((m) => m[1]!);
  const contentPages = pages.filter((p) => p.file !== 'audit.mdx');

  it('the audit finds inconsistent claims', () => expect(inconsistent.length).toBeGreaterThan(0));

  it.each(inconsistent)('%s appears as a callout on a page that discusses it', (id) => {
    expect(contentPages.filter((p) => calloutsOn(p.text).includes(id)).map((p) => p.file)).not.toEqual([]);
  });
});
