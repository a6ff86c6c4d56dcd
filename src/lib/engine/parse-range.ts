/**
 * A range a reader types for an input, "85–90 %", "85-90%", "48 to 54 h", "48 h to 54 h", or
 * in a link "0.85..0.9": two values of the one input grammar (parse-input.ts) joined by a dash,
 * "to" or "..". A unit written once, after the second value, is the first's too. Each end is
 * checked as a value of the input is (its unit, its bounds). A plain value is not a range
 * (undefined): the reader's value is then exact. The input takes the middle of the range as its
 * value; the range goes into every number's range (src/lib/engine/ranges.ts).
 */
import type { Input } from './model';
import { parseInput, type InputError } from './parse-input';
import type { UnitTable } from './program';

export type RangeResult = { ok: true; low: number; high: number } | { ok: false; error: InputError };

/** The two ends: an en or em dash, "..", " to ", or a hyphen after a number or unit (not an exponent's "e-"). */
const SPLIT = /^(.+?)\s*(?:[–—]|\.\.|\s+to\s+|(?<=[\d%a-df-zA-DF-Z])\s*-)\s*(?=[+\d.])(.+)$/;
const BARE = /^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const AFTER_NUMBER = /^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*(.*)$/i;

/** Reads a typed range for `input`, or undefined when the text is not a range. */
export function parseRange(
  input: Input,
  raw: string,
  units?: UnitTable,
  bare: 'display' | 'stored' = 'display',
): RangeResult | undefined {
  const m = raw.trim().replaceAll('\u00a0', ' ').match(SPLIT);
  if (!m) return undefined;
  const b = m[2]!.trim();
  let a = m[1]!.trim();
  if (BARE.test(a)) a = `${a} ${b.match(AFTER_NUMBER)?.[1] ?? ''}`.trim();
  const lo = parseInput(input, a, units, bare);
  if (!lo.ok) return lo;
  const hi = parseInput(input, b, units, bare);
  if (!hi.ok) return hi;
  return { ok: true, low: Math.min(lo.value, hi.value), high: Math.max(lo.value, hi.value) };
}

/** The value an input takes for a range: its middle (a whole number for a count). */
export const middleOf = (input: Input, low: number, high: number): number =>
  input.integer ? Math.round((low + high) / 2) : (low + high) / 2;

/** A range as a link writes it, in the input's own unit: "0.85..0.9". */
export const rangeParam = (low: number, high: number): string => `${low}..${high}`;
