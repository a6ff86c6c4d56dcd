/** The geometry of a horizontal bar chart, shared by the server render and the live page. */
import type { Engine, Values } from '../engine/evaluate';
import { formatQuantity } from '../engine/format';

/** Fixed layout of a chart, in SVG user units. */
export const CHART = {
  width: 680,
  /** Where the bars start, after the row labels. */
  barX: 250,
  /** The width of a bar at the full scale. */
  barMax: 300,
  rowHeight: 32,
  barHeight: 20,
} as const;

/**
 * Bar widths (SVG units) for values on one scale: `full` units is the largest of `scale` and the
 * values, so a bar never runs past the frame. Negative values draw as empty bars.
 */
export function barWidths(values: readonly number[], full: number, scale?: number): number[] {
  const top = Math.max(scale ?? 0, ...values);
  if (!(top > 0)) return values.map(() => 0);
  return values.map((v) => (v > 0 ? Math.round((Math.min(v, top) / top) * full * 100) / 100 : 0));
}

/** One bar of a chart, as the server renders it. */
export interface BarView {
  id: string;
  label: string;
  value: number;
  text: string;
  width: number;
  y: number;
  /** A second quantity shown beside the bar in the table (its share, say). */
  share: string | undefined;
}

/** The bars of a chart of `ids` on the scale of quantity `scale` (or of the largest bar). */
export function barChartView(engine: Engine, values: Values, ids: string[], scale?: string, shares?: string[]) {
  const quantity = (id: string) => {
    const q = engine.model.quantities[id];
    if (!q) throw new Error(`Bar chart: unknown quantity id "${id}".`);
    return q;
  };
  if (shares && shares.length !== ids.length)
    throw new Error(`Bar chart: ${shares.length} shares given for ${ids.length} bars; give one per bar.`);
  shares?.forEach(quantity);
  const scaleValue = scale === undefined ? undefined : (quantity(scale), values[scale]!);
  const widths = barWidths(
    ids.map((id) => values[id]!),
    CHART.barMax,
    scaleValue,
  );
  const bars: BarView[] = ids.map((id, i) => ({
    id,
    label: quantity(id).label,
    value: values[id]!,
    text: formatQuantity(quantity(id), values[id]!).text,
    width: widths[i]!,
    y: i * CHART.rowHeight,
    share: shares?.[i],
  }));
  return { bars, scaleValue, height: ids.length * CHART.rowHeight };
}
