/**
 * Ranges through the compiled formulas: the range of every quantity when its inputs each lie in a
 * range (each input's share of it: sensitivity.ts). Pure, no mathjs: the build and the browser run the same code.
 *
 * Method. A derived quantity is evaluated at the corners of the box of the inputs it depends on
 * that have a non-zero width (the others held at their values), through its own chain of compiled
 * formulas, so an input used twice (overhead in wall-clock and productive time) is one variable,
 * not two: no interval arithmetic, no overestimate. For a formula that is monotone in each input
 * over the box the extremes are at corners, so the corners give its exact range.
 * To catch a formula that turns inside the box, each varying input is probed at four interior
 * points on the line through the box's centre; an input whose probes are not in order is
 * non-monotone, and is sampled on a 17-point grid (in product with the other inputs' corners)
 * instead of at its two ends, and each extreme found is then refined by zooming in: a 9-point grid
 * over the two cells beside it, a quarter as fine each round. The result is the exact range (to float precision) for a formula
 * monotone in each input, and for one whose turns the probes find and that has at most one turn per
 * grid cell. Switches (layer layout, FFN reading, attention) are inputs of zero width: held fixed.
 */
import type { Engine } from './engine';
import { reachable } from './reachable';

/** A range, [low, high]. */
export type Span = readonly [number, number];

/** Where each input lies: its range and its value, both in the input's own unit. */
export interface Box {
  span(id: string): Span;
  value(id: string): number;
}

export interface Ranges {
  /** The range of a quantity over the box, in its display unit. */
  range(id: string, box: Box): Span;
  /** A derived quantity's range with only its `only`-th input (of `inputsOf`) moved across its range. */
  along(id: string, box: Box, only: number): Span;
  /** The inputs a derived quantity's range is taken over, in program order. */
  inputsOf(id: string): string[];
}

const GRID = 16;
/** Rounds of zooming in on a turn: each a quarter of the last cell, 4⁻²⁴ of a 16th of the range at the end. */
const REFINE = 24;

/** The ranges of an engine's quantities; chains of formulas are found once per quantity. */
export function createRanges(engine: Pick<Engine, 'model' | 'program' | 'deps'>): Ranges {
  const { order, formulas, scaleIn, scaleOut } = engine.program;
  const position = new Map(order.map((id, i) => [id, i]));
  const chains = new Map<string, { inputs: number[]; steps: number[] }>();
  const chain = (id: string) => {
    let c = chains.get(id);
    if (!c) {
      const all = [...reachable(engine.deps as Record<string, string[]>, [id]), id]
        .map((d) => position.get(d)!)
        .sort((a, b) => a - b);
      const isInput = (i: number) => engine.model.quantities[order[i]!]!.kind === 'input';
      chains.set(id, (c = { inputs: all.filter(isInput), steps: all.filter((i) => !isInput(i)) }));
    }
    return c;
  };
  const scope: number[] = new Array<number>(order.length).fill(0);

  /** The quantity at `at` (input values in own units, by position among `inputs`), in its display unit. */
  const evalAt = (id: string, inputs: number[], steps: number[], at: number[]): number => {
    for (let k = 0; k < inputs.length; k++) scope[inputs[k]!] = at[k]! * scaleIn[inputs[k]!]!;
    for (const s of steps) scope[s] = formulas[order[s]!]!(scope);
    return scope[position.get(id)!]! / scaleOut[position.get(id)!]!;
  };

  /** Min and max of f over the product of candidate values per input; then refined along turning inputs. */
  const extremes = (id: string, box: Box, only?: number): Span => {
    const { inputs, steps } = chain(id);
    const spans = inputs.map((i) => box.span(order[i]!));
    const point = inputs.map((i) => box.value(order[i]!));
    const vary = inputs.map((_, k) => (only === undefined || only === k) && spans[k]![0] < spans[k]![1]);
    const f = (at: number[]) => evalAt(id, inputs, steps, at);
    // Probe each varying input on the line through the centre: does it turn?
    const centre = point.map((v, k) => (vary[k] ? (spans[k]![0] + spans[k]![1]) / 2 : v));
    const grid = (a: number, b: number, n: number) => Array.from({ length: n + 1 }, (_, g) => a + ((b - a) * g) / n);
    const turns = vary.map((v, k) => {
      if (!v) return false;
      const [lo, hi] = spans[k]!;
      const ys = grid(lo, hi, 4).map((x) => f(centre.map((c, j) => (j === k ? x : c))));
      // Steps up and steps down, beyond float noise: the input turns.
      const steps = ys.slice(1).map((y, j) => y - ys[j]!);
      const tol = 1e-12 * Math.max(...ys.map(Math.abs));
      return steps.some((d) => d > tol) && steps.some((d) => d < -tol);
    });
    const candidates = spans.map(([lo, hi], k) => (!vary[k] ? [point[k]!] : turns[k] ? grid(lo, hi, GRID) : [lo, hi]));
    let low = Infinity;
    let high = -Infinity;
    let argLow: number[] = point;
    let argHigh: number[] = point;
    const at = point.slice();
    const walk = (k: number): void => {
      if (k === inputs.length) {
        const y = f(at);
        if (y < low) [low, argLow] = [y, at.slice()];
        if (y > high) [high, argHigh] = [y, at.slice()];
        return;
      }
      for (const c of candidates[k]!) {
        at[k] = c;
        walk(k + 1);
      }
    };
    // Along a turning input, zoom in on each extreme found: a grid over the two cells beside it,
    // a quarter as fine each round, until the cells are far below float precision of the range.
    for (let cell = 1 / GRID, round = 0; round < (turns.includes(true) ? REFINE : 1); round++, cell /= 4) {
      walk(0);
      turns.forEach((t, k) => {
        if (!t) return;
        const [lo, hi] = spans[k]!;
        const d = (hi - lo) * cell;
        candidates[k] = [argLow[k]!, argHigh[k]!].flatMap((c) => grid(Math.max(lo, c - d), Math.min(hi, c + d), 8));
      });
    }
    return [low, high];
  };

  return {
    range(id, box) {
      const q = engine.model.quantities[id]!;
      if (q.kind === 'input') {
        const i = position.get(id)!;
        const k = scaleIn[i]! / scaleOut[i]!;
        const [lo, hi] = box.span(id);
        return [lo * k, hi * k];
      }
      return extremes(id, box);
    },
    along: (id, box, only) => extremes(id, box, only),
    inputsOf: (id) => chain(id).inputs.map((i) => order[i]!),
  };
}

/** The box of a model's inputs: each at its stated range, or where the reader put it (a value is exact). */
export function boxOf(
  model: Engine['model'],
  overrides: Readonly<Record<string, number>> = {},
  spans: Readonly<Record<string, Span>> = {},
): Box {
  return {
    span(id) {
      const s = spans[id];
      if (s) return s;
      const q = model.quantities[id]!;
      if (id in overrides) return [overrides[id]!, overrides[id]!];
      return q.kind === 'input' && q.range
        ? q.range
        : [q.kind === 'input' ? q.value : 0, q.kind === 'input' ? q.value : 0];
    },
    value(id) {
      const q = model.quantities[id]!;
      return overrides[id] ?? (q.kind === 'input' ? q.value : 0);
    },
  };
}
