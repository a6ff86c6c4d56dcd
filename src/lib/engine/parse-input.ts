/** Reads a reader's text ("2.125 days", "90 %", "0.8") into an input's unit, or a typed error. */
import { parseUnit, isUnit } from './math';
import { displayUnit, type Input } from './model';
import { formatNumber, unitSymbol } from './format';
import { DIMENSIONLESS, hasDimension, toNumber } from './units';

/** Longest text a reader may enter; anything longer is refused before parsing. */
const MAX_LENGTH = 64;

/** Why a reader's value was refused. */
export type InputErrorKind =
  'empty' | 'too-long' | 'not-a-number' | 'wrong-unit' | 'out-of-range' | 'not-whole' | 'not-an-option';

/** A refused value, with a message meant for the reader. */
export interface InputError {
  kind: InputErrorKind;
  input: string;
  message: string;
}

export type ParseResult = { ok: true; value: number } | { ok: false; error: InputError };

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Scale words a reader may put after a count: "30 T" tokens, "35 billion" parameters. */
const SCALE: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  M: 1e6,
  million: 1e6,
  B: 1e9,
  billion: 1e9,
  T: 1e12,
  trillion: 1e12,
};
const SCALED = /^(.*?)\s*(k|K|M|B|T|thousand|million|billion|trillion)$/;

/** Text with a trailing scale word rewritten as a plain number ("30 T" → "30000000000000"). */
function unscale(text: string): string {
  const m = text.match(SCALED);
  if (!m || !NUMBER.test(m[1]!.replaceAll(',', ''))) return text;
  return String(Number(m[1]!.replaceAll(',', '')) * SCALE[m[2]!]!);
}

/**
 * Parses text entered for `input` into the input's own unit.
 * A bare number is read in the input's display unit ("90" for a percentage means 90 %);
 * text with a unit is converted ("2.125 days" → 51 h). With `bare: 'stored'` (URL parameters)
 * a bare number is read in the input's own unit instead (`0.8` goodput is 80 %).
 */
export function parseInput(input: Input, raw: string, bare: 'display' | 'stored' = 'display'): ParseResult {
  const fail = (kind: InputErrorKind, message: string): ParseResult => ({
    ok: false,
    error: { kind, input: input.id, message },
  });
  const trimmed = raw.trim().replaceAll('\u00a0', ' ');
  if (trimmed === '') return fail('empty', `Enter a value for ${input.label}.`);
  if (trimmed.length > MAX_LENGTH)
    return fail('too-long', `That is too long to be a value (at most ${MAX_LENGTH} characters).`);
  const text = unscale(trimmed);
  // A bare number in a field is read in the unit shown beside it; in a URL, in the stored unit.
  const shownUnit = bare === 'display' ? displayUnit(input) : input.unit;
  const expected = unitSymbol(input) || 'a plain number';

  let value: number;
  const percent = text.match(/^(.*?)\s*%$/);
  if (percent && NUMBER.test(percent[1]!.replaceAll(',', ''))) {
    if (!DIMENSIONLESS.has(input.unit))
      return fail('wrong-unit', `${input.label} is in ${expected}, not a percentage.`);
    value = Number(percent[1]!.replaceAll(',', '')) / 100;
  } else if (NUMBER.test(text.replaceAll(',', ''))) {
    const n = Number(text.replaceAll(',', ''));
    value = shownUnit === '%' ? n / 100 : convertFrom(n, shownUnit, input.unit);
  } else if (/^[+-]?[\d.]/.test(text) && !DIMENSIONLESS.has(input.unit)) {
    let u;
    try {
      u = parseUnit(text);
    } catch {
      return fail('not-a-number', `“${clip(text)}” is not a number with a unit; try e.g. “${example(input)}”.`);
    }
    if (!isUnit(u) || !hasDimension(u, input.unit))
      return fail('wrong-unit', `${input.label} is in ${expected}; “${clip(text)}” is not.`);
    value = toNumber(u, input.unit);
  } else {
    return fail('not-a-number', `“${clip(text)}” is not a number; try e.g. “${example(input)}”.`);
  }

  if (!Number.isFinite(value)) return fail('out-of-range', `${clip(text)} is too large to compute with.`);
  if (input.options && !input.options.some((o) => o.value === value))
    return fail('not-an-option', `Choose one of: ${input.options.map((o) => o.label).join('; ')}.`);
  if (input.integer && !Number.isInteger(value)) return fail('not-whole', `${input.label} must be a whole number.`);
  const min = input.min ?? 0;
  const max = input.max ?? Number.MAX_VALUE;
  if (value < min || value > max) return fail('out-of-range', `${input.label} must be ${rangeText(input, min, max)}.`);
  return { ok: true, value };
}

/** A number in display unit `from` converted to unit `to`. */
function convertFrom(n: number, from: string, to: string): number {
  if (from === to || DIMENSIONLESS.has(from)) return n;
  return toNumber(parseUnit(`${n} ${from}`), to);
}

function rangeText(input: Input, min: number, max: number): string {
  if (max === Number.MAX_VALUE) return min === 0 ? 'zero or more' : `at least ${shown(input, min)}`;
  return `between ${shown(input, min)} and ${shown(input, max)}`;
}

/** A value of `input` (in its own unit) as text for a message: "90 %", "51 h". */
const shown = (input: Input, v: number): string => {
  const isPercent = input.unit === '1' && displayUnit(input) === '%';
  const symbol = isPercent ? '%' : input.unit === '1' ? '' : input.unit;
  const n = formatNumber(isPercent ? v * 100 : v, { digits: 6 });
  return symbol ? `${n} ${symbol}` : n;
};

const example = (input: Input): string => shown(input, input.value);

/** Shortens reader text for quoting in a message. */
const clip = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…` : text);
