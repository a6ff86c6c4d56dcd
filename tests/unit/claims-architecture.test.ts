/**
 * Verdicts on the architecture, family and RL claims. Each expected verdict is arithmetic on the
 * sources' own figures, written here: 35 billion of 1 trillion (the notes), 962 billion (the
 * sources README's secondary facts), roughly 15,000 H100 GPUs (the notes and the news article).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { auditAll, type Verdict } from '../../src/lib/audit/verdict';
import { modelNames, namesMatch, previewModelName } from '../../src/lib/audit/checks-architecture';
import { createEngine } from '../../src/lib/engine/evaluate';
import { loadFacts } from '../../src/lib/facts/load';

const model = loadFacts('content/facts');
const engine = createEngine(model);
const cited = engine.evaluate();
if (!cited.ok) throw cited.error;
const results = new Map(auditAll(model, cited.value).map((r) => [r.id, r]));

/** Within a claim's tolerance: half a unit of its last stated digit. */
const within = (recomputed: number, stated: number, tolerance: number): Verdict =>
  Math.abs(recomputed - stated) <= tolerance ? 'consistent' : 'inconsistent';

describe.each([
  // "3.5% active": 35 / 1,000 = 3.5 %, stated to a tenth of a point
  { id: 'claim.architecture.active_share', expected: within((35 / 1000) * 100, 3.5, 0.05) },
  // the same 3.5 % against the reported total: 35 / 962 = 3.64 %, off by more than 0.05 points
  { id: 'claim.architecture.active_share_of_reported_total', expected: within((35 / 962) * 100, 3.5, 0.05) },
  // "a trillion-parameter model": 962 billion is within half a trillion of one trillion
  { id: 'claim.architecture.total_params', expected: within(962e9, 1e12, 0.5e12) },
  // "~15,000 NVIDIA H100 GPUs" (the notes) against "roughly 15,000 H100 GPUs" (the news article)
  { id: 'claim.family.preview_gpus_notes', expected: within(15000, 15000, 500) },
  // "MAI-1" is not the name the announcement and the article use ("MAI-1-preview")
  { id: 'claim.family.preview_name', expected: 'inconsistent' as Verdict },
  // an aim, a reading time, a product name and two single-source counts: nothing to check
  { id: 'claim.family.cluster_aim', expected: 'not-checkable' as Verdict },
  { id: 'claim.family.news_read_time', expected: 'not-checkable' as Verdict },
  { id: 'claim.family.news_product_name', expected: 'not-checkable' as Verdict },
  { id: 'claim.rl.rollout_gpus', expected: 'not-checkable' as Verdict },
  { id: 'claim.rl.learner_gpus', expected: 'not-checkable' as Verdict },
])('$id', ({ id, expected }) => {
  test(`is ${expected}`, () => {
    expect(results.get(id)?.verdict).toBe(expected);
  });
});

test('the claims of these topics are all asserted above', () => {
  const mine = Object.values(model.claims ?? {}).filter((c) => c.file.endsWith('claims-architecture.yaml'));
  expect(mine.map((c) => c.id).sort()).toEqual(
    [
      'claim.architecture.active_share',
      'claim.architecture.active_share_of_reported_total',
      'claim.architecture.total_params',
      'claim.family.cluster_aim',
      'claim.family.news_product_name',
      'claim.family.news_read_time',
      'claim.family.preview_gpus_notes',
      'claim.family.preview_name',
      'claim.rl.learner_gpus',
      'claim.rl.rollout_gpus',
    ].sort(),
  );
});

test('an inconsistent claim says why', () => {
  const active = results.get('claim.architecture.active_share_of_reported_total')!;
  // 35 / 962 × 100 − 3.5 percentage points
  expect(active.difference).toBeCloseTo((35 / 962) * 100 - 3.5, 9);
  expect(active.explanation).toMatch(/rounded/);
  expect(results.get('claim.family.preview_name')?.explanation).toContain('MAI-1-preview');
});

describe.each([
  // a plain name, a longer name, several names, none
  { text: 'MAI-1 was a mixture of experts model', names: ['MAI-1'] },
  { text: 'trained MAI-1-preview.', names: ['MAI-1-preview'] },
  { text: 'MAI-Thinking-1, fine-tuned from MAI-Base-1', names: ['MAI-Thinking-1', 'MAI-Base-1'] },
  { text: 'no model here', names: [] },
])('modelNames($text)', ({ text, names }) => {
  test('finds the names', () => expect(modelNames(text)).toEqual(names));
});

describe.each([
  // a shortened name is not the name
  { claim: 'MAI-1 was', refs: ['MAI-1-preview'], consistent: false, detail: /MAI-1-preview/ },
  // the full name is
  { claim: 'MAI-1-preview was', refs: ['trained MAI-1-preview'], consistent: true, detail: undefined },
  // a name no reference uses
  { claim: 'MAI-2 was', refs: ['MAI-1-preview'], consistent: false, detail: /no source uses/ },
  // a claim that names no model cannot match
  { claim: 'it was', refs: ['MAI-1-preview'], consistent: false, detail: /no MAI model/ },
])('namesMatch($claim)', ({ claim, refs, consistent, detail }) => {
  test('decides', () => {
    const out = namesMatch(claim, refs);
    expect(out.consistent).toBe(consistent);
    if (detail) expect(out.detail).toMatch(detail);
  });
});

test('previewModelName fails loudly when its records are missing', () => {
  expect(() => previewModelName({ sources: {}, quantities: {} }, {})).toThrow(/claim\.family\.preview_name/);
});

describe('the stated-numbers fixture', () => {
  const rows = parse(readFileSync('tests/fixtures/stated-numbers/architecture.yaml', 'utf8')) as {
    text: string;
    covered_by: string;
  }[];
  test.each(rows)('“$text” is covered by a known id', ({ text, covered_by }) => {
    expect(text.length).toBeGreaterThan(0);
    expect(covered_by in model.quantities || covered_by in (model.claims ?? {})).toBe(true);
  });
});
