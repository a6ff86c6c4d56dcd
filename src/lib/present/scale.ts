/** A linear scale and the rounding of lengths: shared by the figures' geometry and the chart bars. */

/** A linear map from a domain [d0, d1] to a range [r0, r1]; a flat domain maps everything to r0. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  return (v) => (span === 0 || !Number.isFinite(v) ? r0 : r0 + ((v - d0) / span) * (r1 - r0));
}

/** Rounds a length to hundredths of a unit, enough for SVG and short in the markup. */
export const round2 = (v: number): number => Math.round(v * 100) / 100;
