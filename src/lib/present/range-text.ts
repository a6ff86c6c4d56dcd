/**
 * A range as a reader reads it: "502–518 h". Both ends are written to a tenth of the range's
 * width (rounded down to a power of ten), and to at least three significant digits, so the range
 * shows what its width means and no more; the value beside it keeps its own precision. Pure and small: the build and
 * the live page share it.
 */
import { formatNumber, unitSymbol } from '../engine/format';
import type { Quantity } from '../engine/model';
import type { Span } from '../engine/ranges';

/** Whether a range has no width (an exact figure, or one resting only on exact figures). */
export const isExact = ([lo, hi]: Span): boolean => !(hi - lo > 1e-12 * Math.max(Math.abs(lo), Math.abs(hi)));

/** The text of a range of `q` (display unit), or "" for a range of no width. */
export function rangeText(q: Quantity, span: Span): string {
  if (isExact(span)) return '';
  const [lo, hi] = span;
  const top = Math.max(Math.abs(lo), Math.abs(hi));
  // A tenth of the width, and at least three significant digits of the larger end.
  const power = Math.min(Math.floor(Math.log10(hi - lo) + 1e-9) - 1, Math.floor(Math.log10(top) + 1e-9) - 2);
  const step = 10 ** power;
  const round = (n: number) => Math.round(n / step) * step;
  // A compact quantity keeps its scale word (M, B, T); the decimals are of the scaled number.
  const scale = q.format?.notation === 'compact' ? [12, 9, 6].find((e) => top >= 10 ** e) : undefined;
  const end = (n: number) =>
    formatNumber(round(n), {
      ...(scale ? { notation: 'compact' as const } : {}),
      decimals: Math.max(0, (scale ?? 0) - power),
      fixed: true,
    });
  const symbol = unitSymbol(q);
  return `${end(lo)}–${end(hi)}${symbol ? ` ${symbol}` : ''}`;
}

/** The range as a popover and a calculator give it: "502–518 h at the sources’ precision". */
export function rangePhrase(q: Quantity, span: Span, typed = false): string {
  const text = rangeText(q, span);
  if (!text) return typed ? 'exact, as entered' : 'exact at the sources’ precision';
  return `${text} ${typed ? 'with the ranges entered' : 'at the sources’ precision'}`;
}
