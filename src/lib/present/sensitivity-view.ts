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

/** The chart's size: a viewBox 300 units wide, each bar 10 high. */
export const SENSITIVITY_CHART = { width: 300, bar: 10 } as const;

/** One input's line of a chart: "Total overhead of the pre-training run: 66 %", and its bar's width in the viewBox's units. */
export interface ShareRow {
  input: string;
  share: number;
  text: string;
  width: number;
}

/** The lines of a chart for shares (largest first); `labelOf` names an input. */
export const shareRows = (shares: readonly Share[], labelOf: (input: string) => string): ShareRow[] =>
  shares.map((s) => ({
    input: s.input,
    share: s.share,
    text: `${labelOf(s.input)}: ${formatNumber(s.share * 100, { decimals: 0 })} %`,
    width: Math.round(s.share * SENSITIVITY_CHART.width * 100) / 100,
  }));

/** The lines of `id`'s chart for a box of inputs (none where the result has no width). */
export const sensitivityChart = (
  ranges: Ranges,
  model: { quantities: Record<string, { kind: string; label: string }> },
  id: string,
  box: Box,
): ShareRow[] => shareRows(sensitivity(ranges, model, id, box), (input) => model.quantities[input]!.label);
