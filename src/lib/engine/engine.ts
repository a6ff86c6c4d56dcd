/**
 * Evaluates the facts model: every quantity from its inputs, with optional reader overrides,
 * through the formulas compiled at build time (compile.ts → program.ts). They run on plain numbers
 * in base units (SI, or a custom base unit): an input is scaled in from its unit, a result scaled
 * out to its display unit. Dimensions were checked with mathjs when the facts loaded, so an edit
 * only does arithmetic. Imports no mathjs: this is the engine the browser runs, and the build too.
 */
import type { Model, Quantity } from './model';
import type { Program } from './program';
import { reachable } from './reachable';

/** Every quantity's value in base units, by position in the program's `order`. */
type Scope = number[];

/** Reader overrides: input id → value in the input's own unit. */
export type Overrides = Readonly<Record<string, number>>;

/** Every quantity's value, in its display unit, keyed by id. */
export type Values = Record<string, number>;

/** What went wrong in a computation: a division by zero, a number too large for a double, or no number at all. */
export type EngineCause = 'division-by-zero' | 'overflow' | 'not-a-number';

/** Why a scenario could not be computed; names the quantity and the inputs behind it. */
export class EngineError extends Error {
  constructor(
    readonly quantity: string,
    readonly inputs: string[],
    reason: string,
    readonly failure: EngineCause = 'not-a-number',
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
  /** The compiled formulas and work templates. */
  readonly program: Program;
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

/** Dependencies and dependents by id, from the program's positions. */
function graphOf(program: Program) {
  const deps: Record<string, string[]> = {};
  const dependents: Record<string, string[]> = {};
  for (const id of program.order) dependents[id] = [];
  for (const id of program.order) {
    deps[id] = [...new Set(program.work[id]?.[1] ?? [])].map((i) => program.order[i]!);
    for (const d of deps[id]) dependents[d]!.push(id);
  }
  return { deps, dependents };
}

/** Builds an engine for a model and its compiled program (the model's quantities, the program's formulas). */
export function createEngine(model: Model, program: Program): Engine {
  const { order, formulas, scaleIn, scaleOut } = program;
  const { deps, dependents } = graphOf(program);
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
      const i = position.get(id)!;
      // A compiled formula is arithmetic over numbers: it gives a number, perhaps NaN or infinite.
      const v = q.kind === 'input' ? (overrides[id] ?? q.value) * scaleIn[i]! : formulas[id]!(scope);
      if (typeof v !== 'number') return fail(q, overrides, 'the formula does not give a number', 'not-a-number');
      const shown = safeNumber(v / scaleOut[i]!, () =>
        q.kind === 'input' ? [v] : (program.work[id]?.[1] ?? []).map((t) => scope[t]!),
      );
      if (typeof shown !== 'number') return fail(q, overrides, REASON[shown], shown);
      scope[i] = v;
      values[id] = shown;
    }
    return undefined;
  };

  const fail = (
    q: Quantity,
    overrides: Overrides,
    reason: string,
    cause: EngineCause,
  ): { ok: false; error: EngineError } => ({
    ok: false,
    error: new EngineError(
      q.id,
      q.kind === 'input' ? [q.id] : inputsOf(q.id).filter((i) => i in overrides),
      reason,
      cause,
    ),
  });

  // Scope of the last evaluation, reused by update() so untouched quantities are not recomputed.
  let lastScope: Scope = [];

  return {
    model,
    program,
    deps,
    dependents,
    order,
    inputsOf,
    affectedBy,
    evaluate(overrides = {}) {
      const scope: Scope = new Array<number>(order.length).fill(0);
      const values: Values = {};
      const err = run(order, scope, values, overrides);
      if (err) return err;
      lastScope = scope;
      return { ok: true, value: values };
    },
    update(previous, overrides, changed) {
      const ids = [...new Set(changed)];
      const todo = [...ids.filter((id) => id in deps), ...affectedBy(ids)];
      const scope = lastScope.slice();
      const values = { ...previous };
      const err = run(todo, scope, values, overrides);
      if (err) return err;
      lastScope = scope;
      return { ok: true, value: { values, recomputed: todo } };
    },
  };
}

const REASON: Readonly<Record<EngineCause, string>> = {
  'division-by-zero': 'the result is infinite (a division by zero)',
  overflow: 'the result is too large to compute with',
  'not-a-number': 'the result is not a number',
};

/**
 * Why a result is infinite: an overflow when a term is huge or the terms' magnitudes multiply past
 * what a double holds (about 10³⁰⁸), else a division by zero, which makes ±Infinity out of ordinary terms.
 */
export function infiniteCause(terms: readonly number[]): EngineCause {
  const digits = terms.reduce((sum, t) => sum + (t === 0 ? 0 : Math.abs(Math.log10(Math.abs(t)))), 0);
  const huge = terms.some((t) => !(Math.abs(t) < 1e100)); // far past any value the bounds allow, in any unit
  return huge || digits >= 308 ? 'overflow' : 'division-by-zero';
}

/** A value in its display unit, or why it is not a usable number (`terms`: the values it was computed from). */
function safeNumber(n: number, terms: () => readonly number[]): number | EngineCause {
  if (Number.isNaN(n)) return 'not-a-number';
  if (!Number.isFinite(n)) return infiniteCause(terms());
  // Twelve significant digits drop binary noise (510.0000000000001) and keep every real digit.
  return Number(n.toPrecision(12));
}
