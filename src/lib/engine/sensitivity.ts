/**
 * Which input a number hangs on: each input's share of a derived quantity's range. Each input is
 * moved alone across its range (the others at their values), through the compiled formulas
 * (ranges.ts); its share is its width over the sum of those widths. Inputs of no width are left
 * out. Pure; the build uses it (show the work, /facts.json), the browser does not ship it.
 */
import type { Box, Ranges } from './ranges';

/** One input's share of a derived quantity's range. */
export interface Share {
  input: string;
  share: number;
}

/** The shares of `id`'s range, largest first; empty for an input or a quantity of no width. */
export function sensitivity(
  ranges: Ranges,
  model: { quantities: Record<string, { kind: string }> },
  id: string,
  box: Box,
): Share[] {
  if (model.quantities[id]!.kind === 'input') return [];
  const inputs = ranges.inputsOf(id);
  const widths = inputs.map((input, k) => {
    const [lo, hi] = box.span(input);
    if (!(lo < hi)) return 0;
    const [a, b] = ranges.along(id, box, k);
    return b - a;
  });
  const total = widths.reduce((s, w) => s + w, 0);
  return inputs
    .map((input, k) => ({ input, share: total > 0 ? widths[k]! / total : 0 }))
    .filter((_, k) => widths[k]! > 0)
    .sort((a, b) => b.share - a.share || a.input.localeCompare(b.input));
}
