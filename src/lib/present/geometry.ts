/**
 * The shared geometry of the site's figures: scales, coordinates, grids, label widths and
 * placement, and the hiding of labels that would collide (the ticks of an axis are in ticks.ts).
 * Pure functions in SVG user units; the server and the live page call the same ones, so a redrawn
 * figure matches the one the build drew. The live page loads this module with the figures' redraw
 * (src/client/figures-draw.ts, through shape.ts), so that every figure shares one copy.
 */

/** A linear map from a domain [d0, d1] to a range [r0, r1]; a flat domain maps everything to r0. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  return (v) => (span === 0 || !Number.isFinite(v) ? r0 : r0 + ((v - d0) / span) * (r1 - r0));
}

/** Rounds a length to hundredths of a unit, enough for SVG and short in the markup. */
export const round2 = (v: number): number => Math.round(v * 100) / 100;

/**
 * A coordinate or a length as SVG takes it: rounded to hundredths (short in the markup), and 0
 * for a value out of range (a reader's 1e308), never NaN. Every shape passes its numbers through it.
 */
export const coordinate = (v: number): number => (Number.isFinite(v) ? round2(v) : 0);

/** `v` held within [lo, hi]. */
export const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);

/** Average advance of a character, as a share of the font size, for the site's sans-serif fonts. */
const CHAR_WIDTH = 0.56;

/** The width a label takes at a font size, estimated (servers cannot measure text). */
export const textWidth = (text: string, fontSize: number): number => text.length * CHAR_WIDTH * fontSize;

/** A label's box along one axis: where it starts and how wide it is. */
export interface Span {
  x: number;
  width: number;
}

/**
 * A label anchored at `x` (its middle), moved inwards so that it stays within [0, limit]:
 * the start of a label at the left edge, the end at the right edge.
 */
export function clampLabel(x: number, width: number, limit: number): Span {
  const start = Math.min(Math.max(x - width / 2, 0), Math.max(limit - width, 0));
  return { x: start, width };
}

/**
 * Which labels to show, in order of priority (first wins): a label is hidden when it would
 * overlap, with `gap` between them, one that is already shown. Returns one flag per label.
 */
export function visibleLabels(spans: readonly Span[], gap: number): boolean[] {
  const shown: Span[] = [];
  return spans.map((s) => {
    const clear = shown.every((o) => s.x + s.width + gap <= o.x || o.x + o.width + gap <= s.x);
    if (clear) shown.push(s);
    return clear;
  });
}

/**
 * Cells of a grid of `count` items in `columns` columns filling a box of `width` × `height`,
 * row by row, with `gap` between cells and rows at most `maxRow` tall: each cell's corner and size.
 */
export function gridCells(
  count: number,
  columns: number,
  width: number,
  height: number,
  gap: number,
  maxRow: number,
): { x: number; y: number; w: number; h: number }[] {
  const rows = Math.ceil(count / columns);
  if (!(count > 0) || !(columns > 0)) return [];
  const pitchX = width / columns;
  const pitchY = Math.min(maxRow, height / rows);
  // A gap never takes more than a third of a cell, so that a dense grid still shows its cells.
  const gx = Math.min(gap, pitchX / 3);
  const gy = Math.min(gap, pitchY / 3);
  return Array.from({ length: count }, (_, i) => ({
    x: round2((i % columns) * pitchX),
    y: round2(Math.floor(i / columns) * pitchY),
    w: round2(pitchX - gx),
    h: round2(pitchY - gy),
  }));
}
