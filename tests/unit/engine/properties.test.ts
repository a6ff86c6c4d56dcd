/**
 * Properties of the engine over the real model (content/facts): whatever a reader or a URL
 * feeds it, it answers with finite numbers or a typed EngineError that names the quantity;
 * an incremental update equals a full evaluation; parseInput never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError, type Values } from '../../../src/lib/engine/evaluate';
import { createEngine } from '../../../src/data/program';
import type { Input } from '../../../src/lib/engine/model';
import { parseInput } from '../../../src/lib/engine/parse-input';
import { unitTables } from '../../../src/lib/engine/compile';
import { loadFacts } from '../../../src/data/facts-files';
import { expectClose } from '../support/approx';

const model = loadFacts('content/facts');
const inputs = Object.values(model.quantities).filter((q): q is Input => q.kind === 'input');
const inputIds = inputs.map((q) => q.id);
const units = unitTables(model);

/** Any double, the edge cases included (NaN, ±Infinity, −0, subnormals, ±MAX_VALUE). */
const anyDouble = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, 1e308),
);

/** A value near the cited one (scaled by 0.5–2), or any double. */
const overrideFor = (q: Input) =>
  fc.oneof(
    fc.double({ min: 0.5, max: 2, noNaN: true }).map((k) => q.value * k),
    ...(q.options ? [fc.constantFrom(...q.options.map((o) => o.value))] : []),
    anyDouble,
  );

/** Overrides of one or more inputs of the real model. */
const overrides = fc
  .uniqueArray(fc.constantFrom(...inputIds), { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc
      .tuple(...ids.map((id) => overrideFor(model.quantities[id] as Input)))
      .map((vals) => Object.fromEntries(ids.map((id, i) => [id, vals[i]!]))),
  );

/** Checks the contract of one result: finite values for every quantity, or a typed, named error. */
function expectContract(r: ReturnType<ReturnType<typeof createEngine>['evaluate']>, given: Record<string, number>) {
  if (r.ok) {
    expect(Object.keys(r.value).sort()).toEqual(Object.keys(model.quantities).sort());
    for (const [id, v] of Object.entries(r.value)) expect(Number.isFinite(v), `${id} = ${v}`).toBe(true);
  } else {
    expect(r.error).toBeInstanceOf(EngineError);
    expect(model.quantities[r.error.quantity], `error names a quantity: ${r.error.quantity}`).toBeDefined();
    expect(r.error.message).toContain(r.error.quantity);
    // The inputs it blames are ones the scenario overrode.
    for (const i of r.error.inputs) expect(Object.keys(given)).toContain(i);
  }
}

// Generous budgets: these properties check correctness, and a busy machine must not fail them.
const BUDGET_MS = 60_000;

describe('engine over the real model', { timeout: BUDGET_MS }, () => {
  it('returns finite values for every quantity, or an EngineError naming the quantity', () => {
    const engine = createEngine(model);
    fc.assert(
      fc.property(overrides, (o) => {
        let r;
        expect(() => (r = engine.evaluate(o))).not.toThrow();
        expectContract(r!, o);
      }),
      { numRuns: 300 },
    );
  });

  it('blames the input itself when an overridden input is not a finite number', () => {
    const engine = createEngine(model);
    fc.assert(
      fc.property(fc.constantFrom(...inputIds), fc.constantFrom(NaN, Infinity, -Infinity), (id, bad) => {
        const r = engine.evaluate({ [id]: bad });
        expect(r.ok).toBe(false);
        if (!r.ok) {
          expect(r.error.quantity).toBe(id);
          expect(r.error.message).toContain(id);
        }
      }),
    );
  });

  it('update() after a change equals evaluate() from scratch', () => {
    fc.assert(
      fc.property(overrides, overrides, (first, second) => {
        const engine = createEngine(model);
        const base = engine.evaluate(first);
        fc.pre(base.ok);
        if (!base.ok) return;
        const next = { ...first, ...second };
        const changed = Object.keys(second);
        const incremental = engine.update(base.value, next, changed);
        const full = createEngine(model).evaluate(next);
        expect(incremental.ok).toBe(full.ok);
        if (incremental.ok && full.ok) expectSameValues(incremental.value.values, full.value);
        if (!incremental.ok && !full.ok) expect(incremental.error).toBeInstanceOf(EngineError);
      }),
      { numRuns: 200 },
    );
    // Two engines per run, 200 runs: several seconds on a shared two-core machine, over vitest's default 5 s.
  }, 30_000);
});

/** Same ids, values equal within a relative tolerance (both are rounded to 12 significant digits). */
function expectSameValues(a: Values, b: Values) {
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  for (const id of Object.keys(b)) expectClose(a[id], b[id]!);
}

describe('parseInput', { timeout: BUDGET_MS }, () => {
  const modes = fc.constantFrom('display' as const, 'stored' as const);
  const texts = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    // Number-like text: digits, signs, separators, exponents and unit words mixed.
    fc
      .array(
        fc.constantFrom(
          '1',
          '0',
          '9',
          '.',
          ',',
          '-',
          '+',
          'e',
          'E',
          ' ',
          '%',
          'h',
          'days',
          'GPU',
          'T',
          'k',
          '/',
          '٥',
          '５',
        ),
        {
          maxLength: 20,
        },
      )
      .map((parts) => parts.join('')),
  );

  it('never throws, and always says ok with a finite number or an error naming the input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...inputs), texts, modes, (input, text, mode) => {
        let r;
        expect(() => (r = parseInput(input, text, units[input.unit], mode))).not.toThrow();
        const res = r as unknown as ReturnType<typeof parseInput>;
        if (res.ok) expect(Number.isFinite(res.value)).toBe(true);
        else {
          expect(res.error.input).toBe(input.id);
          expect(res.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
