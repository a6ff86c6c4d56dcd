/**
 * Evaluates the facts model: every quantity from its inputs, with optional reader overrides.
 * Formulas run on plain numbers in mathjs's internal units (SI, or a custom base unit): an input
 * is scaled in from its unit, a result scaled out to its display unit. That is what mathjs does
 * inside a Unit, without a Unit object per step; dimensions are checked once, when the facts load
 * (src/lib/facts/load.ts), so an edit only does arithmetic.
 */
import { compile, parse, type EvalFunction } from './math';
import { dependentsOf, formulaIds, reachable, symbolOf, toSymbols, topologicalOrder } from './graph';
import { displayUnit, type Model, type Quantity } from './model';
import { isKnownUnit, unitScale } from './units';

/** What a formula's symbols stand for: quantities (by symbol) and units, as numbers. A Map, which mathjs reads as it is. */
type Scope = Map<string, number>;

/** Reader overrides: input id → value in the input's own unit. */
export type Overrides = Readonly<Record<string, number>>;

/** Every quantity's value, in its display unit, keyed by id. */
export type Values = Record<string, number>;

/** Why a scenario could not be computed; names the quantity and the inputs behind it. */
export class EngineError extends Error {
  constructor(
    readonly quantity: string,
    readonly inputs: string[],
    reason: string,
  ) {
    super(
      inputs.length
        ? `${quantity} cannot be computed from ${inputs.join(', ')}: ${reason}`
        : `${quantity} cannot be computed: ${reason}`,
    );
    this.name = 'EngineError';
  }
}

/** A computation's outcome: values, or a typed error. Never NaN, never Infinity. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: EngineError };

/** The compiled graph of one model, ready to evaluate scenarios. */
export interface Engine {
  readonly model: Model;
  /** Direct dependencies of each quantity (empty for inputs). */
  readonly deps: Readonly<Record<string, string[]>>;
  /** Direct dependents of each quantity. */
  readonly dependents: Readonly<Record<string, string[]>>;
  /** Ids in an order where each comes after its dependencies. */
  readonly order: readonly string[];
  /** Every value under the given overrides. */
  evaluate(overrides?: Overrides): Result<Values>;
  /** Recomputes only what depends on `changed`; returns the new values and the ids that were recomputed. */
  update(
    previous: Values,
    overrides: Overrides,
    changed: Iterable<string>,
  ): Result<{ values: Values; recomputed: string[] }>;
  /** The inputs a quantity depends on, directly or not. */
  inputsOf(id: string): string[];
  /** Every quantity that depends on an id, directly or not, in evaluation order. */
  affectedBy(ids: Iterable<string>): string[];
}

/** Builds an engine for a validated model. */
export function createEngine(model: Model): Engine {
  const deps: Record<string, string[]> = {};
  const compiled: Record<string, EvalFunction> = {};
  // Each quantity's scale in (its own unit) and out (its display unit); the units formulas name.
  const scaleIn: Record<string, number> = {};
  const scaleOut: Record<string, number> = {};
  const units: Record<string, number> = {};
  const symbols: Record<string, string> = {};
  for (const q of Object.values(model.quantities)) {
    symbols[q.id] = symbolOf(q.id);
    scaleIn[q.id] = unitScale(q.unit);
    scaleOut[q.id] = unitScale(displayUnit(q));
    if (q.kind === 'derived') {
      deps[q.id] = formulaIds(q.formula);
      compiled[q.id] = compile(toSymbols(q.formula));
      Object.assign(units, unitConstants(toSymbols(q.formula)));
    } else deps[q.id] = [];
  }
  const order = topologicalOrder(deps);
  const dependents = dependentsOf(deps);
  const position = new Map(order.map((id, i) => [id, i]));
  const affectedCache = new Map<string, string[]>();

  const affectedBy = (ids: Iterable<string>): string[] => {
    const list = [...ids];
    const key = list.sort().join('|');
    let hit = affectedCache.get(key);
    if (!hit) {
      hit = [...reachable(dependents, list)].sort((a, b) => position.get(a)! - position.get(b)!);
      affectedCache.set(key, hit);
    }
    return hit;
  };

  const inputsOf = (id: string): string[] =>
    [...reachable(deps, [id])].filter((d) => model.quantities[d]!.kind === 'input').sort();

  /** Computes the ids in `ids` (in order) into `scope` and `values`. */
  const run = (ids: readonly string[], scope: Scope, values: Values, overrides: Overrides) => {
    for (const id of ids) {
      const q = model.quantities[id]!;
      let v: unknown;
      try {
        v = q.kind === 'input' ? (overrides[id] ?? q.value) * scaleIn[id]! : compiled[id]!.evaluate(scope);
      } catch (e) {
        return fail(q, overrides, (e as Error).message);
      }
      if (typeof v !== 'number') return fail(q, overrides, 'the formula does not give a number');
      const shown = safeNumber(v / scaleOut[id]!);
      if (typeof shown === 'string') return fail(q, overrides, shown);
      scope.set(symbols[id]!, v);
      values[id] = shown;
    }
    return undefined;
  };

  const fail = (q: Quantity, overrides: Overrides, reason: string): { ok: false; error: EngineError } => ({
    ok: false,
    error: new EngineError(q.id, q.kind === 'input' ? [q.id] : inputsOf(q.id).filter((i) => i in overrides), reason),
  });

  // Scope of the last full evaluation, reused by update() so untouched quantities are not recomputed.
  let lastScope: Scope = new Map(Object.entries(units));

  return {
    model,
    deps,
    dependents,
    order,
    inputsOf,
    affectedBy,
    evaluate(overrides = {}) {
      const scope: Scope = new Map(Object.entries(units));
      const values: Values = {};
      const err = run(order, scope, values, overrides);
      if (err) return err;
      lastScope = scope;
      return { ok: true, value: values };
    },
    update(previous, overrides, changed) {
      const ids = [...new Set(changed)];
      const todo = [...ids.filter((id) => id in deps), ...affectedBy(ids)];
      const scope = new Map(lastScope);
      const values = { ...previous };
      const err = run(todo, scope, values, overrides);
      if (err) return err;
      lastScope = scope;
      return { ok: true, value: { values, recomputed: todo } };
    },
  };
}

/** The units a formula names as constants ("1 param / layer"), each as its scale. */
function unitConstants(expr: string): Record<string, number> {
  const out: Record<string, number> = {};
  parse(expr).traverse((node) => {
    const n = node as unknown as { isSymbolNode?: boolean; name?: string };
    if (n.isSymbolNode && n.name && !n.name.includes('__') && isKnownUnit(n.name)) out[n.name] = unitScale(n.name);
  });
  return out;
}

/** A value in its display unit, or the reason it is not a usable number. */
function safeNumber(n: number): number | string {
  if (Number.isNaN(n)) return 'the result is not a number';
  if (!Number.isFinite(n)) return 'the result is infinite (a division by zero?)';
  // Twelve significant digits drop binary noise (510.0000000000001) and keep every real digit.
  return Number(n.toPrecision(12));
}
