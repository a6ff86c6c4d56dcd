/**
 * The one grammar of a value a reader gives, in a field or in a URL: a number, an optional scale
 * word and an optional unit ("3 days", "36 h", "15T", "90 %", "4,096"), read into the input's
 * own unit or refused with a typed error. No mathjs: the units an input accepts come from a table
 * the build writes (compile.ts `unitTable`). Unit words match in any case; scale words do not
 * (M is a million, m is not).
 */
import { displayUnit, type Input } from './model';
import { formatNumber, unitSymbol } from './format';
import type { UnitTable } from './program';

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

/** A number (commas as thousands separators), then the rest: a scale word, a unit, or nothing. */
const NUMBER = /^([+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(.*)$/i;

/** Scale words a reader may put after a count: "30 T" tokens, "35 billion" parameters. Case matters. */
const SCALE: Readonly<Record<string, number>> = {
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
const SCALED = /^(k|K|M|B|T|thousand|million|billion|trillion)(?![A-Za-z])\s*(.*)$/;

/** How the grammar writes a unit word: lower case, no spaces ("GPU / rack" → "gpu/rack"). */
export const unitKey = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

/** The dimensionless units: a plain number, shown as is or as a percentage. */
const isDimensionless = (u: string): boolean => u === '1' || u === '%';

/**
 * Parses text entered for `input` into the input's own unit, with `units` the table of the units
 * it accepts (the page model's `units[input.unit]`). A bare number is read in the input's display
 * unit ("90" for a percentage means 90 %); text with a unit is converted ("2.125 days" → 51 h).
 * With `bare: 'stored'` (URL parameters) a bare number is read in the input's own unit instead
 * (`0.8` goodput is 80 %).
 */
export function parseInput(
  input: Input,
  raw: string,
  units: UnitTable = {},
  bare: 'display' | 'stored' = 'display',
): ParseResult {
  const fail = (kind: InputErrorKind, message: string): ParseResult => ({
    ok: false,
    error: { kind, input: input.id, message },
  });
  const text = raw.trim().replaceAll('\u00a0', ' ');
  if (text === '') return fail('empty', `Enter a value for ${input.label}.`);
  if (text.length > MAX_LENGTH)
    return fail('too-long', `That is too long to be a value (at most ${MAX_LENGTH} characters).`);
  const expected = unitSymbol(input) || 'a plain number';
  const notANumber = () => fail('not-a-number', `“${clip(text)}” is not a number; try e.g. “${example(input)}”.`);

  const m = text.match(NUMBER);
  if (!m) return notANumber();
  let n = Number(m[1]!.replaceAll(',', ''));
  let rest = m[2]!;
  const scaled = rest.match(SCALED);
  if (scaled) {
    n *= SCALE[scaled[1]!]!;
    rest = scaled[2]!;
  }
  const stored = (u: string) => units[unitKey(u)];

  let value: number;
  if (rest === '%') {
    if (!isDimensionless(input.unit)) return fail('wrong-unit', `${input.label} is in ${expected}, not a percentage.`);
    value = n / 100;
  } else if (rest === '') {
    // A bare number in a field is read in the unit shown beside it; in a URL, in the stored unit.
    const shown = bare === 'display' ? displayUnit(input) : input.unit;
    if (shown === '%') value = n / 100;
    else if (shown === input.unit || isDimensionless(shown)) value = n;
    else value = (n * stored(shown)!) / stored(input.unit)!;
  } else {
    if (isDimensionless(input.unit)) return notANumber();
    const scale = stored(rest);
    if (scale === undefined) return fail('wrong-unit', `${input.label} is in ${expected}; “${clip(text)}” is not.`);
    value = (n * scale) / stored(input.unit)!;
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
