/**
 * Ranges through the compiled formulas: the range of every quantity when its inputs each lie in a
 * range, and each input's share of it. Pure, no mathjs: the build and the browser run the same code.
 *
 * Method. A derived quantity is evaluated at the corners of the box of the inputs it depends on
 * that have a non-zero width (the others held at their values), through its own chain of compiled
 * formulas, so an input used twice (overhead in wall-clock and productive time) is one variable,
 * not two: no interval arithmetic, no overestimate. For a formula that is monotone in each input
 * over the box the extremes are at corners, so the corners give its exact range.
 * To catch a formula that turns inside the box, each varying input is probed at four interior
 * points on the line through the box's centre; an input whose probes are not in order is
 * non-monotone, and is sampled on a 17-point grid (in product with the other inputs' corners)
 * instead of at its two ends, and each extreme found is then refined by golden-section search in
 * the grid cells beside it. The result is the exact range (to float precision) for a formula
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

/** One input's share of a derived quantity's range. */
export interface Share {
  input: string;
  share: number;
}

export interface Ranges {
  /** The range of a quantity over the box, in its display unit. */
  range(id: string, box: Box): Span;
  /** Each varying input's share of the range: moved alone across its range, normalised over the inputs. */
  sensitivity(id: string, box: Box): Share[];
}

const GRID = 16;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

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
    const turns = vary.map((v, k) => {
      if (!v) return false;
      const [lo, hi] = spans[k]!;
      const ys = [0, 0.25, 0.5, 0.75, 1].map((t) => f(centre.map((c, j) => (j === k ? lo + t * (hi - lo) : c))));
      const up = ys.every((y, j) => j === 0 || y >= ys[j - 1]! - 1e-12 * Math.abs(y));
      const down = ys.every((y, j) => j === 0 || y <= ys[j - 1]! + 1e-12 * Math.abs(y));
      return !up && !down;
    });
    const candidates = spans.map(([lo, hi], k) => {
      if (!vary[k]) return [point[k]!];
      if (!turns[k]) return [lo, hi];
      return Array.from({ length: GRID + 1 }, (_, g) => lo + ((hi - lo) * g) / GRID);
    });
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
    walk(0);
    // Refine each extreme along each turning input, in the grid cells beside it.
    turns.forEach((t, k) => {
      if (!t) return;
      const [lo, hi] = spans[k]!;
      const cell = (hi - lo) / GRID;
      for (const sign of [1, -1]) {
        const arg = (sign > 0 ? argHigh : argLow).slice();
        const g = (x: number) => {
          arg[k] = x;
          return sign * f(arg);
        };
        let a = Math.max(lo, arg[k]! - cell);
        let b = Math.min(hi, arg[k]! + cell);
        for (let n = 0; n < 60 && b - a > 1e-15 * Math.max(1, Math.abs(b)); n++) {
          const x1 = b - GOLDEN * (b - a);
          const x2 = a + GOLDEN * (b - a);
          if (g(x1) > g(x2)) b = x2;
          else a = x1;
        }
        const y = g((a + b) / 2) * sign;
        if (sign > 0 && y > high) high = y;
        if (sign < 0 && y < low) low = y;
      }
    });
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
    sensitivity(id, box) {
      if (engine.model.quantities[id]!.kind === 'input') return [];
      const { inputs } = chain(id);
      const widths = inputs.map((i, k) => {
        const [lo, hi] = box.span(order[i]!);
        if (!(lo < hi)) return 0;
        const [a, b] = extremes(id, box, k);
        return b - a;
      });
      const total = widths.reduce((s, w) => s + w, 0);
      return inputs
        .map((i, k) => ({ input: order[i]!, share: total > 0 ? widths[k]! / total : 0 }))
        .filter((_, k) => widths[k]! > 0)
        .sort((a, b) => b.share - a.share || a.input.localeCompare(b.input));
    },
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
