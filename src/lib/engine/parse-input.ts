/**
 * The one grammar of a value a reader gives, in a field or in a URL, read into the input's own unit
 * or refused with a typed error whose message names the input by its label, says what was wrong
 * and, where it can, suggests a fix. No mathjs: the units an input accepts come from a table the
 * build writes (compile.ts `unitTable`).
 *
 * - a number: "4096", "4,096" and "4 096" (commas, spaces or thin spaces between groups of three),
 *   "0.85", "1e9"; a decimal comma ("85,5") is refused with a message, a thousands group is not;
 * - a scale word after it, whose case matters (M is a million, m is not): "15T", "35 billion";
 * - a unit word in any case and in the plural: "36 h", "3 Days", "4096 gpus", "15T tokens", "90 %";
 * - several terms, each with its unit, are added: "36 h 5 min", "3 days 4 h".
 */
import { displayUnit, type Input } from './model';
import { formatNumber, unitSymbol } from './format';
import type { UnitTable } from './program';

/** Longest text a reader may enter; anything longer is refused before parsing. */
const MAX_LENGTH = 64;

/** Why a reader's value was refused. */
export type InputErrorKind =
  | 'empty'
  | 'too-long'
  | 'not-a-number'
  | 'decimal-comma'
  | 'wrong-unit'
  | 'too-large'
  | 'too-small'
  | 'not-whole'
  | 'not-an-option';

/** A refused value, with a message meant for the reader. */
export interface InputError {
  kind: InputErrorKind;
  /** The input's id (for code; messages name its label). */
  input: string;
  /** What happened, naming the input by its label, and the fix where there is one. */
  message: string;
  /** The fix alone, as the reader would type it ("85.5 %"), where there is one. */
  suggestion?: string;
}

export type ParseResult = { ok: true; value: number } | { ok: false; error: InputError };

/** Where a value comes from: a field (a bare number is in the display unit) or a link (in the stored unit). */
export type Bare = 'display' | 'stored';

/**
 * A number at the start of a term: digits in groups of three with one separator (comma, space),
 * or plain digits; then a fraction and an exponent. The rest of the text follows.
 */
const NUMBER =
  /^([+-]?(?:\d{1,3}(?:([, ])\d{3}(?!\d))(?:\2\d{3}(?!\d))*|\d+)(?:\.\d*)?(?:e[+-]?\d+)?|[+-]?\.\d+(?:e[+-]?\d+)?)(.*)$/i;

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
const SCALED = /^\s*(k|K|M|B|T|thousand|million|billion|trillion)(?![A-Za-z])(.*)$/;

/** A term's unit: everything up to the next term's number (units have no digits). */
const UNIT = /^\s*([^\d.+-][^\d]*?)?\s*((?:[+-]?[\d.]).*)?$/;

/** Words for a percentage. */
const PERCENT = new Set(['%', 'percent', 'per cent']);

/** How the grammar writes a unit word: lower case, no spaces ("GPU / rack" → "gpu/rack"). */
export const unitKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\s+per\s+/g, '/')
    .replace(/\s+/g, '');

/** The dimensionless units: a plain number, shown as is or as a percentage. */
const isDimensionless = (u: string): boolean => u === '1' || u === '%';

/** A percentage as a fraction, without binary noise (99.9 % is 0.999, not 0.9990000000000001). */
const percent = (n: number): number => Number((n / 100).toPrecision(15));

/** Whether `input` is a fraction shown as a percentage (goodput: stored 0.9, shown 90 %). */
export const isPercentInput = (input: Input): boolean => isDimensionless(input.unit) && displayUnit(input) === '%';

/** The scale of a unit word in `units`, in any case and in the plural ("GPUs", "tokens", "Hours"). */
function unitScale(units: UnitTable, word: string): number | undefined {
  const key = unitKey(word);
  const own = Object.hasOwn(units, key) ? units[key] : undefined;
  if (own !== undefined || !/s(\/|$)/.test(key)) return own;
  // A plural the table lacks ("gpus/rack"): each part in the singular.
  const singular = key.replace(/s(?=\/|$)/g, '');
  return Object.hasOwn(units, singular) ? units[singular] : undefined;
}

/** One term of the text: its number (scale word applied) and its unit word ('' for none). */
interface Term {
  n: number;
  unit: string;
}

/** Splits text into terms, or says why it cannot: not a number, or a decimal comma. */
function terms(text: string): Term[] | 'not-a-number' | 'decimal-comma' {
  const out: Term[] = [];
  let rest = text;
  while (rest !== '') {
    const m = rest.match(NUMBER);
    if (!m) return 'not-a-number';
    if (/^,\d/.test(m[3]!)) return 'decimal-comma';
    let n = Number(m[1]!.replace(/[, ]/g, ''));
    let after = m[3]!;
    const scaled = after.match(SCALED);
    if (scaled) {
      n *= SCALE[scaled[1]!]!;
      after = scaled[2]!;
    }
    const u = after.match(UNIT);
    if (!u) return 'not-a-number';
    out.push({ n, unit: (u[1] ?? '').trim() });
    rest = (u[2] ?? '').trim();
  }
  return out;
}

/**
 * Parses text entered for `input` into the input's own unit, with `units` the table of the units
 * it accepts (the page model's `units[input.unit]`). A bare number is read in the input's display
 * unit ("90" for a percentage means 90 %); text with a unit is converted ("2.125 days" → 51 h).
 * With `bare: 'stored'` (URL parameters) a bare number is read in the input's own unit instead
 * (`0.8` goodput is 80 %).
 */
export function parseInput(input: Input, raw: string, units: UnitTable = {}, bare: Bare = 'display'): ParseResult {
  const fail = (kind: InputErrorKind, message: string, suggestion?: string): ParseResult => ({
    ok: false,
    error: {
      kind,
      input: input.id,
      message: suggestion ? `${message} Did you mean ${suggestion}?` : message,
      ...(suggestion ? { suggestion } : {}),
    },
  });
  const text = raw.trim().replace(/[\u00a0\u2009\u202f]/g, ' ');
  const { label } = input;
  if (text === '') return fail('empty', `Enter a value for ${label}.`);
  if (text.length > MAX_LENGTH)
    return fail('too-long', `${label}: that is too long to be a value (at most ${MAX_LENGTH} characters).`);
  const quoted = `“${clip(text)}”`;
  const read = terms(text);
  if (read === 'decimal-comma') {
    const point = text.replace(/(\d),(\d)/, '$1.$2');
    const again = point === text ? undefined : parseInput(input, point, units, bare);
    return fail(
      'decimal-comma',
      `${label}: ${quoted} has a comma where a decimal point goes (write 85.5, not 85,5; a comma separates thousands, as in 4,096).`,
      again?.ok ? typeable(input, again.value, units, bare) : undefined,
    );
  }
  if (read === 'not-a-number' || read.length === 0)
    return fail('not-a-number', `${label}: ${quoted} is not a number. Try e.g. “${example(input, units)}”.`);

  const expected = unitName(input);
  const wrongUnit = (why = `${label} is in ${expected}; ${quoted} is not.`) =>
    fail('wrong-unit', `${why} Try e.g. “${example(input, units)}”.`);
  let value = 0;
  for (const [i, { n, unit }] of read.entries()) {
    if (read.length > 1 && (unit === '' || PERCENT.has(unit.toLowerCase())))
      return wrongUnit(`${label}: give each part of ${quoted} a unit, as in “36 h 5 min”.`);
    if (PERCENT.has(unit.toLowerCase())) {
      if (!isDimensionless(input.unit)) return wrongUnit(`${label} is in ${expected}, not a percentage.`);
      value = percent(n);
    } else if (unit === '') {
      // A bare number in a field is read in the unit shown beside it; in a URL, in the stored unit.
      const shown = bare === 'display' ? displayUnit(input) : input.unit;
      if (shown === '%') value = percent(n);
      else if (shown === input.unit || isDimensionless(shown)) value = n;
      else value = (n * unitScale(units, shown)!) / unitScale(units, input.unit)!;
    } else {
      const scale = isDimensionless(input.unit) ? undefined : unitScale(units, unit);
      if (scale === undefined) return wrongUnit();
      value += (n * scale) / unitScale(units, input.unit)!;
    }
    if (i > 0 && !Number.isFinite(value)) break;
  }

  if (!Number.isFinite(value))
    return fail('too-large', `${label}: ${quoted} is too large to compute with. ${rangeSentence(input, bare)}`);
  if (input.options && !input.options.some((o) => o.value === value))
    return fail('not-an-option', `${label}: choose one of ${input.options.map((o) => `“${o.label}”`).join(', ')}.`);
  if (input.integer && !Number.isInteger(value)) {
    const near = Math.round(value);
    return fail(
      'not-whole',
      `${label} is a whole number; ${quoted} is not.`,
      near >= (input.min ?? 0) && near <= (input.max ?? Infinity) ? typeable(input, near, units, bare) : undefined,
    );
  }
  if (value < (input.min ?? 0))
    return fail(
      'too-small',
      `${label}: ${quoted} is too small. ${rangeSentence(input, bare)}`,
      fixFor(input, value, bare, units),
    );
  if (input.max !== undefined && value > input.max)
    return fail(
      'too-large',
      `${label}: ${quoted} is too large. ${rangeSentence(input, bare)}`,
      fixFor(input, value, bare, units),
    );
  return { ok: true, value };
}

/**
 * A likely fix for a value out of bounds, where another reading of the reader's number fits: in a
 * link, a percentage given as a percentage (85 where the link means 0.85).
 */
function fixFor(input: Input, value: number, bare: Bare, units: UnitTable): string | undefined {
  const fits = (v: number) => v >= (input.min ?? 0) && v <= (input.max ?? Infinity);
  if (isPercentInput(input) && bare === 'stored' && fits(value / 100)) return typeable(input, value / 100, units, bare);
  return undefined;
}

/** The input's bounds as a sentence for a message: "It can be from 1 to 10,000,000 GPUs." */
export function rangeSentence(input: Input, bare: Bare = 'display'): string {
  const { min = 0, max } = input;
  if (max !== undefined) return `It can be from ${spoken(input, min, bare, false)} to ${spoken(input, max, bare)}.`;
  return `It can be ${spoken(input, min, bare)} or more.`;
}

/**
 * A value of `input` (in its own unit) as a message writes it: "90 %", "51 h", "8,192 GPUs"; in
 * a link (`bare: 'stored'`), a percentage as the link writes it, with its meaning ("0.85 (85 %)").
 */
export function spoken(input: Input, v: number, bare: Bare = 'display', withUnit = true): string {
  const n = (x: number) => formatNumber(x, { notation: input.format?.notation ?? 'standard', digits: 6 });
  if (isPercentInput(input)) {
    if (bare === 'stored') return `${n(v)} (${n(v * 100)} %)`;
    return withUnit ? `${n(v * 100)} %` : n(v * 100);
  }
  const symbol = unitSymbol(input);
  return symbol && withUnit ? `${n(v)} ${symbol}` : n(v);
}

/**
 * A value of `input` as a reader types it, so that it reads back: "85.5 %", "8,192 GPUs",
 * "30T tokens" (a scale word from a million up, where it loses no digit); in a link, a bare
 * number in the stored unit ("0.855").
 */
export function typeable(input: Input, v: number, units: UnitTable, bare: Bare = 'display'): string {
  if (isPercentInput(input))
    return bare === 'stored' ? formatNumber(v, { digits: 6 }) : `${formatNumber(v * 100, { digits: 6 })} %`;
  const scale = input.options ? undefined : SHORT.find(([s]) => Math.abs(v) >= s);
  const scaled = scale ? v / scale[0] : v;
  const n =
    scale && Number(scaled.toPrecision(4)) === scaled
      ? `${formatNumber(scaled, { digits: 4 })}${scale[1]}`
      : formatNumber(v, { digits: 6 });
  const word = unitWordFor(input, units);
  return word ? `${n} ${word}` : n;
}

/** The unit word a reader would type for `input`: its symbol where the grammar reads it ("GPUs", "h"), else its unit's plural. */
function unitWordFor(input: Input, units: UnitTable): string {
  if (isDimensionless(input.unit) || displayUnit(input) !== input.unit) return '';
  const symbol = unitSymbol(input);
  if (symbol && unitScale(units, symbol) !== undefined) return symbol;
  if (unitScale(units, `${input.unit}s`) !== undefined) return `${input.unit}s`;
  return unitScale(units, input.unit) !== undefined ? input.unit : '';
}

/** How a message names the input's unit: "GPUs", "h", "a percentage", "a plain number". */
function unitName(input: Input): string {
  if (isPercentInput(input)) return 'a percentage';
  return unitSymbol(input) || 'a plain number';
}

/** The input's cited value as a person writes it, for "Try e.g. …": "30T tokens", "8,192 GPUs", "90 %". */
export const example = (input: Input, units: UnitTable = {}): string => typeable(input, input.value, units);

/** Scale words an example uses, largest first. */
const SHORT: readonly (readonly [number, string])[] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
];

/** Shortens reader text for quoting in a message. */
const clip = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…` : text);
