/**
 * Verdicts on the architecture, family and RL claims. Each expected verdict is arithmetic on the
 * sources' own figures, written here: 35 billion of 1 trillion (the notes), 962 billion (the
 * sources README's secondary facts), roughly 15,000 H100 GPUs (the notes and the news article).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { auditAll, type Verdict } from '../../src/lib/audit/verdict';
import { modelNames, namesMatch, previewModelName } from '../../src/lib/audit/code-checks';
import { createEngine } from '../../src/data/program';
import { loadFacts } from '../../src/data/facts-files';

const model = loadFacts('content/facts');
const engine = createEngine(model);
const cited = engine.evaluate();
if (!cited.ok) throw cited.error;
const results = new Map(auditAll(model, cited.value).map((r) => [r.id, r]));

/** Within a claim's tolerance: half a unit of its last stated digit. */
const within = (recomputed: number, stated: number, tolerance: number): Verdict =>
  Math.abs(recomputed - stated) <= tolerance ? 'consistent' : 'inconsistent';

describe.each([
  // the same 3.5 % against the reported total: 35 / 962 = 3.64 %, off by more than 0.05 points
  { id: 'claim.architecture.active_share_of_reported_total', expected: within((35 / 962) * 100, 3.5, 0.05) },
  // "a trillion-parameter model": 962 billion is within half a trillion of one trillion
  { id: 'claim.architecture.total_params', expected: within(962e9, 1e12, 0.5e12) },
  // "~15,000 NVIDIA H100 GPUs" (the notes) against "roughly 15,000 H100 GPUs" (the news article)
  { id: 'claim.family.preview_gpus_notes', expected: within(15000, 15000, 500) },
  // "MAI-1" is not the name the announcement and the article use ("MAI-1-preview")
  { id: 'claim.family.preview_name', expected: 'inconsistent' as Verdict },
  // "hidden dimension of 6,652": 6,652 / 128 = 51.97, while 13,312, 10,240 and 3,072 are 104, 80 and 24 × 128
  {
    id: 'claim.architecture.hidden_dim_multiple',
    expected: within(6652 % 128, 0, 0),
  },
  // an aim and two single-source counts: nothing to check
  { id: 'claim.family.cluster_aim', expected: 'not-checkable' as Verdict },
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
      'claim.architecture.active_share_of_reported_total',
      'claim.architecture.hidden_dim_multiple',
      'claim.architecture.total_params',
      'claim.family.cluster_aim',
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

test('previewModelName reads its own claim, and fails loudly when its records are missing', () => {
  const claim = model.claims!['claim.family.preview_name']!;
  expect(previewModelName(claim, model, cited.value)).toMatchObject({ consistent: false });
  expect(previewModelName({ ...claim, statement: 'MAI-1-preview was' }, model, cited.value).consistent).toBe(true);
  expect(() => previewModelName(claim, { sources: {}, quantities: {} }, {})).toThrow(/claim\.family\.preview_name/);
});

test('the hidden-dimension check compares with every other width of the list', () => {
  // 13,312 = 104 × 128, 10,240 = 80 × 128, 3,072 = 24 × 128; 6,652 = 4 × 1,663 is not a multiple of 8.
  for (const w of [13312, 10240, 3072]) expect(w % 128).toBe(0);
  expect(6652 % 8).not.toBe(0);
  const check = model.claims!['claim.architecture.hidden_dim_multiple']!.check!;
  expect(check).toEqual({
    divisible_by: { value: 'arch.hidden_dim', by: 128, like: ['arch.ffn_dim', 'arch.expert_dim', 'arch.latent_dim'] },
  });
});

test('the duplicate of “(3.5% active)” is gone, and its id is an alias of the one that stays', () => {
  expect(model.claims!['claim.architecture.active_share']).toBeUndefined();
  expect(model.claims!['claim.headline.active_fraction']!.aliases).toContain('claim.architecture.active_share');
  const onActiveFraction = Object.values(model.claims!).filter((c) => c.quantity === 'model.active_fraction');
  expect(onActiveFraction.map((c) => c.id)).toEqual(['claim.headline.active_fraction']);
});

describe('the stated-numbers fixture', () => {
  const rows = parse(readFileSync('tests/fixtures/stated-numbers/architecture.yaml', 'utf8')) as {
    text: string;
    covered_by: string | string[];
  }[];
  test.each(rows)('“$text” is covered by a known id', ({ text, covered_by }) => {
    expect(text.length).toBeGreaterThan(0);
    for (const id of [covered_by].flat()) expect(id in model.quantities || id in (model.claims ?? {}), id).toBe(true);
  });
});
