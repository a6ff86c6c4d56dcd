/**
 * The audit's intervals. A stated figure's interval comes from the precision it is written to
 * (half a unit of the last digit of `stated.value`, scaled to the quantity's display unit: "3.76
 * million" is 3.755–3.765 million), or from the claim's `stated_range` where its words say more
 * ("halved"). The recomputed interval is the quantity's range at the sources' precision
 * (src/lib/engine/ranges.ts). Overlapping intervals are consistent; disjoint ones are not, and
 * their gap is given in units of the recomputed range (of the stated one where that has no width).
 */
import type { Engine, Values } from '../engine/evaluate';
import type { Claim, Model } from '../engine/model';
import { boxOf, createRanges, type Span } from '../engine/ranges';

/** A quantity's range in its display unit, by id. */
export type RangeOf = (id: string) => Span;

/** Each quantity at a point: its value, with no width (a run's figures, a test's values). */
export const pointRanges =
  (values: Values): RangeOf =>
  (id) => [values[id]!, values[id]!];

const cited = new WeakMap<Model, RangeOf>();

/** The ranges of the engine's model's quantities at its cited values and stated precision, computed once per model. */
export function citedRanges(engine: Engine): RangeOf {
  const { model } = engine;
  let r = cited.get(model);
  if (!r) {
    const ranges = createRanges(engine);
    const box = boxOf(model);
    const memo = new Map<string, Span>();
    r = (id) => {
      let s = memo.get(id);
      if (!s) memo.set(id, (s = ranges.range(id, box)));
      return s;
    };
    cited.set(model, r);
  }
  return r;
}

/** The unit of the last digit of a number as written in YAML: 510 → 1, 3.76 → 0.01, 3.8e25 → 1e24. */
export function lastDigit(n: number): number {
  const [mantissa, exp = '0'] = String(Math.abs(n)).split('e');
  const decimals = mantissa!.split('.')[1]?.length ?? 0;
  return 10 ** (Number(exp) - decimals);
}

/** A claim's stated interval, in the quantity's display unit. */
export function statedInterval(claim: Claim): Span {
  if (claim.stated_range) return [claim.stated_range.low, claim.stated_range.high];
  const v = claim.stated_value!;
  const written = claim.stated?.value;
  if (written === undefined || written === 0) return [v, v];
  const half = (lastDigit(written) / 2) * Math.abs(v / written);
  return [v - half, v + half];
}

/** A tiny relative slack, for floating-point noise at an interval's edge. */
const SLACK = 1e-9;

/** How two intervals compare: overlapping, or apart by `gap` (in their unit) and `inRanges` widths of the range. */
export function compareIntervals(
  stated: Span,
  recomputed: Span,
): { overlap: boolean; gap: number; inRanges: number | undefined } {
  const eps = SLACK * Math.max(Math.abs(stated[1]), Math.abs(recomputed[1]), Number.MIN_VALUE);
  const gap = Math.max(stated[0] - recomputed[1], recomputed[0] - stated[1], 0);
  const width = recomputed[1] - recomputed[0] || stated[1] - stated[0];
  return { overlap: gap <= eps, gap, inRanges: width > 0 ? gap / width : undefined };
}
