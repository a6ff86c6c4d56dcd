/**
 * The shared geometry of the site's figures: scales, ticks, label widths and placement, and the
 * hiding of labels that would collide. Pure functions in SVG user units; the server and the live
 * page call the same ones, so a redrawn figure matches the one the build drew.
 */

// The scale and the rounding live in a module of their own, so that the live page's chart bars
// (chart.ts, in the engine's chunk) do not bring the figures' geometry with them.
import { linearScale, round2 } from './scale';

export { linearScale, round2 };

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
