/**
 * The ticks of a figure's axis, apart from geometry.ts because only an axis needs them: the live
 * page loads them with the figure that has one (the stages timeline), not with every figure.
 */

/**
 * Tick values from 0 to at least `max`, on a step of 1, 2 or 5 times a power of ten, with about
 * `count` intervals: the ticks a reader can add up in their head. No ticks for a max ≤ 0.
 */
export function niceTicks(max: number, count: number): number[] {
  if (!(max > 0) || !Number.isFinite(max) || count < 1) return [];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  // Multiply rather than add, so that 0.1 steps do not drift (0.30000000000000004).
  for (let i = 0; i * step <= max * (1 + 1e-9); i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}
