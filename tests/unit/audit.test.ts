/**
 * Verdicts on small hand-built models. Every expected value is arithmetic written here on the
 * model's inputs: 51 h of overhead at 90 % goodput is 51 / (1 − 0.9) = 510 h of wall-clock time.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/data/program';
import { auditAll, auditClaim, type CodeCheck } from '../../src/lib/audit/verdict';
import { auditModel, numericClaim } from './support/audit-model';
import { isClose } from './support/approx';

const WALL = 51 / (1 - 0.9); // 510 h

/** Audits one claim at the cited values (or under overrides), with the given checks. */
function audit(
  claim: ReturnType<typeof numericClaim> | object,
  checks: Record<string, CodeCheck> = {},
  overrides = {},
) {
  const model = auditModel([claim]);
  const result = createEngine(model).evaluate(overrides);
  if (!result.ok) throw result.error;
  return auditClaim(Object.values(model.claims!)[0]!, model, result.value, checks);
}

describe.each([
  // 510 stated, 510 recomputed: consistent, ratio 1, difference 0.
  { name: 'exact', stated: 510, tol: 0.5, verdict: 'consistent', difference: WALL - 510 },
  // 500 stated: 10 h out, beyond ±0.5.
  { name: 'off by 10 h', stated: 500, tol: 0.5, verdict: 'inconsistent', difference: WALL - 500 },
  // At the edge: |510 − 509.5| = 0.5 = tolerance, still consistent.
  { name: 'at the tolerance', stated: 509.5, tol: 0.5, verdict: 'consistent', difference: WALL - 509.5 },
  // Just beyond: |510 − 509.4| = 0.6 > 0.5.
  { name: 'past the tolerance', stated: 509.4, tol: 0.5, verdict: 'inconsistent', difference: WALL - 509.4 },
  // Stated as 0.51 thousand hours with ±5 h: 510 is within.
  { name: 'coarse precision', stated: 510, tol: 5, verdict: 'consistent', difference: 0 },
])('numeric claim on a derived quantity: $name', ({ stated, tol, verdict, difference }) => {
  const r = audit(numericClaim('claim.t.wall', 't.wall', stated, tol, { explanation: 'a slip' }));
  it(`is ${verdict}`, () => expect(r.verdict).toBe(verdict));
  it('recomputes 510 h', () => expect(isClose(r.recomputed, WALL)).toBe(true));
  it('reports the difference and the ratio', () => {
    expect(Math.abs(r.difference! - difference)).toBeLessThan(1e-9);
    expect(isClose(r.ratio, WALL / stated)).toBe(true);
  });
  it('explains only a failure', () => expect(r.explanation).toBe(verdict === 'inconsistent' ? 'a slip' : undefined));
});

describe('a claim on a percentage', () => {
  // Goodput 0.9 is 90 in its display unit (%); tolerances are in percentage points.
  it('90.0 % ± 0.05 pp is consistent', () => {
    const r = audit(numericClaim('claim.t.goodput', 't.goodput', 90, 0.05));
    expect(r.verdict).toBe('consistent');
    expect(isClose(r.recomputed, 90)).toBe(true);
  });
  it('89 % ± 0.5 pp is inconsistent, 1 percentage point off', () => {
    const r = audit(numericClaim('claim.t.goodput', 't.goodput', 89, 0.5));
    expect(r.verdict).toBe('inconsistent');
    expect(isClose(r.difference, 90 - 89)).toBe(true);
  });
});

describe('the verdict follows the inputs', () => {
  const claim = numericClaim('claim.t.wall', 't.wall', 510, 0.5);
  it('flips to inconsistent when goodput changes to 80 %', () => {
    // 51 / (1 − 0.8) = 255 h, far from 510.
    const r = audit(claim, {}, { 't.goodput': 0.8 });
    expect(r.verdict).toBe('inconsistent');
    expect(isClose(r.recomputed, 51 / (1 - 0.8))).toBe(true);
  });
  it('flips back to consistent when the overhead doubles too', () => {
    // 102 / (1 − 0.8) = 510 h again.
    const r = audit(claim, {}, { 't.goodput': 0.8, 't.overhead': 102 });
    expect(r.verdict).toBe('consistent');
  });
});

describe('code checks', () => {
  const checked = (code: string, extra = {}) => ({
    id: 'claim.t.stages',
    source: 'src',
    locator: 'p. 3',
    statement: 'a five-step process',
    reasoning: 'Counted against the list.',
    check: { code },
    ...extra,
  });
  const checks: Record<string, CodeCheck> = {
    // The check sees its claim: it reads the statement's own words.
    readsItsClaim: (claim) => ({ consistent: claim.statement.includes('five'), detail: `read “${claim.statement}”` }),
    // The check reads the model's values: 510 h is above 500 h.
    wallAbove500: (_claim, _model, values) => ({ consistent: values['t.wall']! > 500, recomputed: values['t.wall']! }),
    noDetail: () => ({ consistent: false }),
  };
  it('sees its claim', () => {
    expect(audit(checked('readsItsClaim'), checks)).toMatchObject({
      verdict: 'consistent',
      detail: 'read “a five-step process”',
    });
  });
  it('passes a check that reads the values', () => {
    const r = audit(checked('wallAbove500'), checks);
    expect(r.verdict).toBe('consistent');
    expect(isClose(r.recomputed, WALL)).toBe(true);
  });
  it('takes its explanation from the register', () => {
    expect(audit(checked('noDetail', { explanation: 'from the register' }), checks).explanation).toBe(
      'from the register',
    );
  });
  it('fails on an unknown check, naming file, claim and check', () => {
    expect(() => audit(checked('nope'), checks)).toThrow(/test\.yaml: "claim\.t\.stages", field "check": .*"nope"/);
  });
});

describe('not-checkable claims', () => {
  it('say why, and carry no numbers', () => {
    const r = audit({
      id: 'claim.t.site',
      source: 'src',
      locator: 'p. 4',
      statement: 'probably on the Arizona supercomputer',
      reasoning: 'Where the run was.',
      uncheckable: 'No figure in the sources says where the run took place.',
    });
    expect(r).toMatchObject({ verdict: 'not-checkable', recomputed: undefined, difference: undefined });
    expect(r.explanation).toMatch(/No figure/);
  });
});

describe('edge cases', () => {
  it('gives no ratio for a stated zero', () => {
    const r = audit(numericClaim('claim.t.zero', 't.wall', 0, 0.5));
    expect(r.ratio).toBeUndefined();
    expect(r.verdict).toBe('inconsistent');
  });
  it('auditAll returns every claim in id order', () => {
    const model = auditModel([
      numericClaim('claim.t.b', 't.wall', 510, 0.5),
      numericClaim('claim.t.a', 't.wall', 1, 0.5),
    ]);
    const values = createEngine(model).evaluate();
    if (!values.ok) throw values.error;
    expect(auditAll(model, values.value, {}).map((r) => [r.id, r.verdict])).toEqual([
      ['claim.t.a', 'inconsistent'],
      ['claim.t.b', 'consistent'],
    ]);
  });
});
