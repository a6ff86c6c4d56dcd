/**
 * What a sensitivity chart ("Which input the range hangs on", under "Show the work") shows: a
 * line of text per input and its bar's width, from each input's share of a result's range
 * (src/lib/engine/sensitivity.ts) for a box of inputs (the cited ranges, or the reader's values and
 * typed ranges). Pure: the build renders it (src/islands/SensitivityBars.tsx) and the live page
 * redraws it from the current scenario (src/client/sensitivity-live.ts), so both write the same.
 */
import { formatNumber } from '../engine/format';
import type { Box, Ranges } from '../engine/ranges';
import { sensitivity, type Share } from '../engine/sensitivity';
import { linearScale, round2 } from './scale';

/** The chart's size: a viewBox 300 units wide, each bar 10 high. */
export const SENSITIVITY_CHART = { width: 300, bar: 10 } as const;

export const SENSITIVITY_CAPTION = 'Which input the range hangs on';

/** The note under a chart: at the cited values, or (`edited`) at the reader's values and ranges. */
export const sensitivityNote = (edited: boolean): string =>
  edited
    ? 'Each input moved alone across its range (at the sources’ precision, or the range you typed; a value you typed is exact), the others at their values here; its share of the sum of those widths.'
    : 'Each input moved alone across its range at the sources’ precision, the others at their cited values; its share of the sum of those widths.';

/** One input's line of a chart: "Total overhead of the pre-training run: 66 %", and its bar. */
export interface ShareRow {
  input: string;
  share: number;
  text: string;
  /** The bar's width in the viewBox's units. */
  width: number;
}

/** The lines of a chart for shares (largest first); `labelOf` names an input. */
export function shareRows(shares: readonly Share[], labelOf: (input: string) => string): ShareRow[] {
  const x = linearScale(0, 1, 0, SENSITIVITY_CHART.width);
  return shares.map((s) => ({
    input: s.input,
    share: s.share,
    text: `${labelOf(s.input)}: ${formatNumber(s.share * 100, { decimals: 0 })} %`,
    width: round2(x(s.share)),
  }));
}

/** The chart of `id` for a box of inputs: its lines (none where the result has no width), and whether the box holds a reader's value or range for an input of it. */
export function sensitivityChart(
  ranges: Ranges,
  model: { quantities: Record<string, { kind: string; label: string }> },
  id: string,
  box: Box,
  edited: (input: string) => boolean = () => false,
): { rows: ShareRow[]; edited: boolean } {
  const rows = shareRows(sensitivity(ranges, model, id, box), (input) => model.quantities[input]!.label);
  return { rows, edited: model.quantities[id]!.kind !== 'input' && ranges.inputsOf(id).some(edited) };
}
