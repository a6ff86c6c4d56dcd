/**
 * One test per predicate of src/lib/facts/claim-check.ts, on a small hand-built model. Every
 * expected value is arithmetic written here on the model's inputs: 51 h of overhead split
 * 18 + 14 + 6.5 h, 8,192 GPUs in groups of 64 or 72, a width of 6,652 beside 13,312.
 */
import { describe, expect, it } from 'vitest';
import { auditClaim } from '../../src/lib/audit/verdict';
import { createEngine } from '../../src/data/program';
import { buildModel, FactsError } from '../../src/lib/facts/load';
import { factsFileSchema } from '../../src/lib/facts/schema';

const input = (id: string, value: number, unit = '1') => ({
  id,
  label: id,
  value,
  unit,
  source: 'src',
  locator: 'p. 1',
});

function modelWith(claims: unknown[]) {
  const data = factsFileSchema.parse({
    sources: [{ id: 'src', title: 'Notes', author: 'A. Author', kind: 'secondary' }],
    inputs: [
      input('t.gpus', 8192),
      input('t.per64', 64),
      input('t.per72', 72),
      input('t.hidden', 6652),
      input('t.ffn', 13312),
      input('t.mfu', 18, 'h'),
      input('t.nonstep', 14, 'h'),
      input('t.recompute', 6.5, 'h'),
      input('t.overhead', 51, 'h'),
    ],
    derived: [{ id: 't.racks', label: 'Racks', formula: 't.gpus / t.per72', unit: '1', meaning: 'GPUs over 72.' }],
    claims,
  });
  return buildModel([{ name: 'test.yaml', data }]);
}

/** The verdict and figures of one claim with this check (and any extra fields). */
function decide(check: unknown, extra: Record<string, unknown> = {}, overrides: Record<string, number> = {}) {
  const claim = { id: 'claim.t.c', source: 'src', locator: 'p. 2', statement: 'it', reasoning: 'why', check, ...extra };
  const model = modelWith([claim]);
  const v = createEngine(model).evaluate(overrides);
  if (!v.ok) throw v.error;
  return auditClaim(model.claims!['claim.t.c']!, model, v.value);
}

describe('integer', () => {
  it('fails a fraction: 8,192 / 72 = 113.78 racks', () => {
    const r = decide({ integer: 't.racks' });
    expect(r.verdict).toBe('inconsistent');
    expect(r.recomputed).toBeCloseTo(8192 / 72, 6);
  });
  it('passes a whole number: 8,208 / 72 = 114 racks', () => {
    expect(decide({ integer: 't.racks' }, {}, { 't.gpus': 8208 }).verdict).toBe('consistent');
  });
});

describe('whole_multiple_of', () => {
  it('passes 8,192 = 128 × 64', () => {
    expect(decide({ whole_multiple_of: { value: 't.gpus', of: 't.per64' } })).toMatchObject({
      verdict: 'consistent',
      recomputed: 128,
    });
  });
  it('fails 8,192 against 72', () => {
    expect(decide({ whole_multiple_of: { value: 't.gpus', of: 't.per72' } }).verdict).toBe('inconsistent');
  });
});

describe('divisible_by', () => {
  const check = { divisible_by: { value: 't.hidden', by: 128, like: ['t.ffn'] } };
  it('fails 6,652 = 51.97 × 128, and names the pattern it breaks (13,312 = 104 × 128)', () => {
    const r = decide(check);
    expect(r.verdict).toBe('inconsistent');
    expect(r.detail).toContain('13,312 = 104 × 128');
  });
  it('shows the checked input as stated, since nothing recomputes it (6,652, the notes’ figure)', () => {
    const r = decide(check);
    expect(r.stated).toBe(6652);
    expect(r.recomputed).toBeUndefined();
  });
  it('passes 6,656 = 52 × 128', () => {
    expect(decide(check, {}, { 't.hidden': 6656 }).verdict).toBe('consistent');
  });
});

describe('largest_of', () => {
  const check = { largest_of: { value: 't.mfu', among: ['t.nonstep', 't.recompute'] } };
  it('passes 18 h against 14 h and 6.5 h', () => {
    // 18 h is an input (the notes' figure), so the row shows it as stated; nothing recomputes it.
    expect(decide(check)).toMatchObject({ verdict: 'consistent', stated: 18, recomputed: undefined });
  });
  it('fails when another category is larger (20 h of recomputation)', () => {
    const r = decide(check, {}, { 't.recompute': 20 });
    expect(r.verdict).toBe('inconsistent');
    expect(r.detail).toContain('t.recompute');
  });
});

describe('count_of_listed', () => {
  const check = { count_of_listed: { items: ['pre-training', 'mid-training 1', 'mid-training 2'] } };
  it('compares the items listed with the claim’s own stated value: 3 listed, 5 stated', () => {
    expect(decide(check, { stated_value: 5 })).toMatchObject({ verdict: 'inconsistent', recomputed: 3, stated: 5 });
  });
  it('passes when the claim states 3', () => {
    expect(decide(check, { stated_value: 3 }).verdict).toBe('consistent');
  });
  it('needs the claim’s stated value, and says so when the facts load', () => {
    expect(() => decide(check)).toThrow(/stated_value/);
  });
});

describe('sum_of', () => {
  const check = { sum_of: { items: ['t.mfu', 't.nonstep', 't.recompute'], total: 't.overhead' } };
  it('fails 18 + 14 + 6.5 = 38.5 h against 51 h', () => {
    expect(decide(check)).toMatchObject({ verdict: 'inconsistent', recomputed: 38.5, stated: 51 });
  });
  it('passes when the sum meets the total: 18 + 14 + 19 = 51 h (exact figures, no width)', () => {
    expect(decide(check, {}, { 't.recompute': 19 }).verdict).toBe('consistent');
  });
});

describe('equals', () => {
  it('passes 72 = 72 and fails 72 against 64', () => {
    expect(decide({ equals: { value: 't.per72', to: 't.per72' } }).verdict).toBe('consistent');
    expect(decide({ equals: { value: 't.per72', to: 't.per64' } }).verdict).toBe('inconsistent');
  });
});

describe('bad checks fail when the facts load, naming the file, the claim and the field', () => {
  it('an unknown id', () => {
    expect(() => decide({ integer: 't.nope' })).toThrow(FactsError);
    expect(() => decide({ integer: 't.nope' })).toThrow(
      /test\.yaml: "claim\.t\.c", field "check": unknown id "t\.nope"/,
    );
  });
  it('an unknown id in the reasoning', () => {
    expect(() => decide({ integer: 't.racks' }, { reasoning: 'see {t.nope}' })).toThrow(
      /field "reasoning": unknown id "t\.nope"/,
    );
  });
  it('two predicates at once, or none known', () => {
    expect(() => decide({ integer: 't.racks', equals: { value: 't.per72', to: 't.per72' } })).toThrow();
    expect(() => decide({ bigger: 't.racks' })).toThrow();
  });
});
