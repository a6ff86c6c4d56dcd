/** The geometry of a horizontal bar chart, shared by the server render and the live page. */
import type { Engine, Values } from '../engine/evaluate';
import { formatQuantity } from '../engine/format';
import { textWidth } from './geometry';

/**
 * Fixed layout of a chart, in SVG user units: each row a label and its value on one line (or two,
 * when they would collide) above a bar. 300 units wide, so that 14-unit text is at least 11 px on
 * a phone.
 */
export const CHART = {
  width: 300,
  /** The width of a bar at the full scale: the whole chart. */
  barMax: 300,
  barHeight: 16,
  font: 14,
  /** Baseline of a row's first text line, and the room one text line takes. */
  line: 18,
  gap: 14,
} as const;

/**
 * Bar widths (SVG units) for values on one scale: `full` units is the largest of `scale` and the
 * values, so a bar never runs past the frame. Negative values draw as empty bars.
 */
export function barWidths(values: readonly number[], full: number, scale?: number): number[] {
  const top = Math.max(scale ?? 0, ...values);
  if (!(top > 0)) return values.map(() => 0);
  // geometry.ts's linearScale from 0..top onto 0..full, and its round2, written out: the live page
  // redraws bars in the engine's chunk, and importing them would make a chunk of its own that the
  // engine and the figures' redraw share (about 80 B more gzip). tests/unit/chart.test.ts holds
  // the two equal.
  return values.map((v) => (v > 0 ? Math.round((Math.min(v, top) / top) * full * 100) / 100 : 0));
}

/** One bar of a chart, as the server renders it. */
export interface BarView {
  id: string;
  label: string;
  value: number;
  text: string;
  width: number;
  /** Baselines of the label and the value text, and the top of the bar. */
  labelY: number;
  valueY: number;
  barY: number;
  /** A second quantity shown beside the bar in the table (its share, say). */
  share: string | undefined;
}

/**
 * Whether any row's label and value would collide on one line, with room for a gap between them
 * and for a value that grows a few characters when a reader edits an input.
 */
export function needsTwoLines(rows: readonly { label: string; text: string }[]): boolean {
  const slack = 3;
  return rows.some(
    (r) =>
      textWidth(r.label, CHART.font) + textWidth(r.text, CHART.font) + textWidth(' '.repeat(slack), CHART.font) >
      CHART.width,
  );
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
  const rows = ids.map((id) => ({
    id,
    label: quantity(id).label,
    text: formatQuantity(quantity(id), values[id]!).text,
  }));
  const lines = needsTwoLines(rows) ? 2 : 1;
  const pitch = lines * CHART.line + CHART.barHeight + CHART.gap;
  const bars: BarView[] = rows.map((r, i) => ({
    ...r,
    value: values[r.id]!,
    width: widths[i]!,
    labelY: i * pitch + CHART.font,
    valueY: i * pitch + CHART.font + (lines - 1) * CHART.line,
    barY: i * pitch + lines * CHART.line + 4,
    share: shares?.[i],
  }));
  return { bars, scaleValue, lines, height: ids.length * pitch - CHART.gap + 4 };
}
