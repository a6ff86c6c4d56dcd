/**
 * mathjs is the oracle of the compiled formulas. For every formula of the real facts, on random
 * values of its terms (inputs within their bounds, derived terms around their cited value), the
 * compiled function (plain arithmetic in base units, what the browser and the build run) equals
 * mathjs's own unit-aware evaluation of the formula, compared in base units before any display
 * rounding: to 1e-12 relative, or, where a sum or difference of large terms cancels, to 1e-12 of
 * the largest term it adds or subtracts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProgram, createEngine } from '../../../src/data/program';
import { compile, isUnit, parse, type MathNode, type MathValue } from '../../../src/lib/engine/math';
import type { Derived, Quantity } from '../../../src/lib/engine/model';
import { toSymbols, symbolOf } from '../../../src/lib/engine/graph';
import { toValue } from '../../../src/lib/engine/units';
import { loadFacts } from '../../../src/data/facts-files';

const model = loadFacts('content/facts');
const program = loadProgram(model);
const cited = createEngine(model).evaluate();
if (!cited.ok) throw cited.error;
const position = new Map(program.order.map((id, i) => [id, i]));
const derived = Object.values(model.quantities).filter((q): q is Derived => q.kind === 'derived');

const RELATIVE = 1e-12;
/** Formulas with a step, and how far to nudge the terms to see both sides of one. */
const STEPS = /\b(ceil|floor|round)\(/;
const NUDGE = 1e-9;

/** A mathjs value in base units: a Unit's SI (or custom base) value, or the number itself. */
const baseOf = (v: MathValue): number => (isUnit(v) ? (v as unknown as { value: number }).value : (v as number));

/** A random value of a term in its own unit: within an input's bounds; around the cited value otherwise. */
function termValue(q: Quantity): fc.Arbitrary<number> {
  if (q.kind === 'input') {
    if (q.options) return fc.constantFrom(...q.options.map((o) => o.value));
    const min = q.min ?? 0;
    const max = q.max ?? Math.max(min + 1, q.value * 10);
    return q.integer
      ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER)) })
      : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  }
  // A derived term: its cited value in its own unit, scaled by 0.5–2 (the value's sign kept).
  const c =
    (cited.ok ? cited.value[q.id]! : 0) *
    (program.scaleOut[position.get(q.id)!]! / program.scaleIn[position.get(q.id)!]!);
  return fc.double({ min: 0.5, max: 2, noNaN: true }).map((k) => (c === 0 ? k : c * k));
}

/** The largest magnitude (base units) of a term added or subtracted anywhere in the formula: the cancellation floor. */
function largestAddend(node: MathNode, scope: Map<string, MathValue>): number {
  let largest = 0;
  node.traverse((n) => {
    const op = n as unknown as { type: string; fn?: string; args?: MathNode[] };
    if (op.type === 'OperatorNode' && (op.fn === 'add' || op.fn === 'subtract') && op.args?.length === 2)
      for (const a of op.args) largest = Math.max(largest, Math.abs(baseOf(a.compile().evaluate(scope) as MathValue)));
  });
  return largest;
}

describe('compiled formulas against mathjs', () => {
  it('cover every formula of the facts', () => {
    expect(Object.keys(program.formulas).sort()).toEqual(derived.map((q) => q.id).sort());
  });

  it.each(derived.map((q) => [q.id, q] as const))(
    '%s equals mathjs’s unit-aware evaluation on random terms',
    (_id, q) => {
      const node = parse(toSymbols(q.formula));
      const oracle = compile(toSymbols(q.formula));
      const terms = [...new Set(program.work[q.id]![1])].map((i) => model.quantities[program.order[i]!]!);
      fc.assert(
        fc.property(fc.tuple(...terms.map(termValue)), (vals) => {
          // The terms' scope, with term `nudged` (if any) scaled by `scale`.
          const scopeOf = (nudged = -1, scale = 1) =>
            new Map<string, MathValue>(
              terms.map((t, k) => [symbolOf(t.id), toValue(vals[k]! * (k === nudged ? scale : 1), t.unit)]),
            );
          const scope = scopeOf();
          const v = new Array<number>(program.order.length).fill(0);
          terms.forEach((t, k) => {
            v[position.get(t.id)!] = vals[k]! * program.scaleIn[position.get(t.id)!]!;
          });
          const want = baseOf(oracle.evaluate(scope) as MathValue);
          const got = program.formulas[q.id]!(v);
          // A division by zero: both give the same infinity or NaN (the engine then refuses the value).
          if (!Number.isFinite(want)) {
            expect(String(got), q.formula).toBe(String(want));
            return;
          }
          const tolerance = RELATIVE * Math.max(Math.abs(want), largestAddend(node, scope));
          // At a step of ceil/floor/round (its argument within rounding of a whole number), the two
          // sides of the step are both right: mathjs's unit arithmetic and the compiled base-unit
          // arithmetic round differently. Accept a value of the other side, found by nudging one term.
          if (Math.abs(got - want) > tolerance && STEPS.test(q.formula)) {
            const sides = terms.flatMap((_t, k) =>
              [1 - NUDGE, 1 + NUDGE].map((m) => baseOf(oracle.evaluate(scopeOf(k, m)) as MathValue)),
            );
            if (sides.some((w) => w !== want && Math.abs(got - w) <= RELATIVE * Math.abs(w))) return;
          }
          expect(
            Math.abs(got - want),
            `${q.formula} with ${JSON.stringify(vals)}: ${got} vs ${want}`,
          ).toBeLessThanOrEqual(tolerance);
        }),
        // A step of ceil that fast-check once found: 4,604,416 GPUs at 63.99999999993601 GPUs a rack.
        { numRuns: 100, examples: q.id === 'hardware.racks_used' ? [[[4604416, 63.99999999993601]]] : [] },
      );
    },
    // mathjs's unit arithmetic is slow on a busy machine; a generous budget so the test measures correctness, not load.
    120_000,
  );
});
