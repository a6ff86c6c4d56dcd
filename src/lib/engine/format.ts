/**
 * Turns a number in its display unit into text: compact ("3.76 M GPU·h") and exact forms.
 * Every form writes a negative number with a true minus sign (U+2212), and switches to scientific
 * notation ("1 × 10³⁰⁰") before a number grows long enough to widen a page.
 */
import { displayUnit, type FormatSpec, type Quantity } from './model';

const SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
];

/** From this size on, a number is written in scientific notation; compact numbers carry a scale word, so go further ("999,999 T"). */
const SCIENTIFIC_FROM = 1e15;
const SCIENTIFIC_FROM_COMPACT = 1e18;
/** Below this size (and above zero), a number written to significant digits is scientific too ("1.2 × 10⁻⁹"). */
const SCIENTIFIC_BELOW = 1e-6;

/** A percentage is written to at most this many significant digits ("117 %" beside "1.56 %", not "117.19 %"). */
const PERCENT_DIGITS = 3;

// One formatter per precision, made on first use (making one costs far more than formatting).
const significant = new Map<number, Intl.NumberFormat>();
const fractional = new Map<number, Intl.NumberFormat>();
const fixedFractional = new Map<number, Intl.NumberFormat>();
const formatter = (
  cache: Map<number, Intl.NumberFormat>,
  digits: number,
  significantDigits: boolean,
  fixed = false,
) => {
  let f = cache.get(digits);
  if (!f) {
    const options = significantDigits
      ? { maximumSignificantDigits: digits }
      : { maximumFractionDigits: digits, ...(fixed ? { minimumFractionDigits: digits } : {}) };
    cache.set(digits, (f = new Intl.NumberFormat('en-US', options)));
  }
  return f;
};
const withSignificant = (digits: number) => formatter(significant, digits, true);
const withDecimals = (digits: number, fixed = false) =>
  fixed ? formatter(fixedFractional, digits, false, true) : formatter(fractional, digits, false);

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** A whole number in superscript digits ("²⁴", "⁻³"), as an exponent is written. */
export const superscript = (n: number): string => String(n).replace(/[-\d]/g, (c) => SUPERSCRIPT[c]!);

/** A true minus sign (U+2212) in place of a leading hyphen-minus. */
const trueMinus = (text: string): string => text.replace(/^-/, '\u2212');

/** `n` in scientific notation with at most `digits` significant digits: "6.3 × 10²⁴". */
function scientific(n: number, digits: number): string {
  const [mantissa, exponent] = n.toExponential(Math.max(digits, 1) - 1).split('e') as [string, string];
  const m = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  const e = superscript(Number(exponent));
  return `${m} × 10${e}`;
}

/** Whether `n`, written in `notation`, to significant digits or not, is too long or too small for positional notation. */
function needsScientific(n: number, compact: boolean, significantDigits: boolean): boolean {
  const a = Math.abs(n);
  if (!Number.isFinite(a)) return false;
  if (a >= (compact ? SCIENTIFIC_FROM_COMPACT : SCIENTIFIC_FROM)) return true;
  return significantDigits && a !== 0 && a < SCIENTIFIC_BELOW;
}

/** Fraction digits that read well for a number of this size, when none are given. */
const defaultDecimals = (n: number): number => {
  const a = Math.abs(n);
  if (a >= 100 || a === 0) return 0;
  if (a >= 10) return 1;
  if (a >= 1) return 2;
  return 3;
};

/** A number as text, without its unit. */
export function formatNumber(n: number, spec: FormatSpec = {}): string {
  const compact = spec.notation === 'compact';
  if (needsScientific(n, compact, spec.digits !== undefined))
    return trueMinus(scientific(n, spec.digits ?? (compact ? 3 : 6)));
  if (compact) {
    const scale = SCALES.find(([s]) => Math.abs(n) >= s);
    if (scale) {
      const scaled = n / scale[0];
      const digits =
        spec.decimals !== undefined && spec.digits === undefined
          ? withDecimals(spec.decimals, spec.fixed).format(scaled)
          : withSignificant(spec.digits ?? 3).format(scaled);
      return trueMinus(`${digits} ${scale[1]}`);
    }
  }
  if (spec.digits !== undefined) return trueMinus(withSignificant(spec.digits).format(n));
  return trueMinus(
    withDecimals(spec.decimals ?? defaultDecimals(n), spec.fixed === true && spec.decimals !== undefined).format(n),
  );
}

/**
 * A number with every significant digit, as a reviewer checking the arithmetic wants it; with `spec`,
 * never fewer fraction digits than a fixed precision writes ("90.0", not "90", for a `fixed` tenth),
 * so that the exact form and the short one show the quantity's one precision.
 */
export function formatExact(n: number, spec?: FormatSpec): string {
  if (needsScientific(n, false, true)) return trueMinus(scientific(n, 10));
  return atLeastFixed(trueMinus(withSignificant(10).format(n)), spec);
}

/**
 * Pads a positional number's fraction to a `fixed` spec's decimals ("90" → "90.0"); leaves any
 * other text (scientific, a scale word, a spec that is not fixed) as it is.
 */
export function atLeastFixed(text: string, spec: FormatSpec | undefined): string {
  const decimals = spec?.fixed && spec.digits === undefined ? (spec.decimals ?? 0) : 0;
  const m = decimals > 0 ? /^(\u2212?[\d,]+)(?:\.(\d*))?$/.exec(text) : null;
  if (!m) return text;
  const fraction = m[2] ?? '';
  return fraction.length >= decimals ? text : `${m[1]}.${fraction.padEnd(decimals, '0')}`;
}

/** What to print after a quantity's number ("GPU·h", "%", nothing for a plain count). */
export function unitSymbol(q: Quantity): string {
  if (q.symbol !== undefined) return q.symbol;
  const u = displayUnit(q);
  return u === '1' ? '' : u.replaceAll(' ', '·');
}

const withUnit = (text: string, symbol: string): string => (symbol ? `${text} ${symbol}` : text);

/** A percentage's fraction digits: its own, but never past `PERCENT_DIGITS` significant digits (integer digits are kept). */
function percentSpec(spec: FormatSpec | undefined, n: number): FormatSpec | undefined {
  if (spec?.digits !== undefined || spec?.notation === 'compact') return spec;
  const integerDigits = Math.abs(n) >= 1 ? Math.floor(Math.log10(Math.abs(n))) + 1 : 1;
  const decimals = Math.min(spec?.decimals ?? defaultDecimals(n), Math.max(0, PERCENT_DIGITS - integerDigits));
  return { ...spec, decimals };
}

/** The precision a quantity's value `n` (in its display unit) is written to: its `format:`, a percentage's capped. */
export const displaySpec = (q: Quantity, n: number): FormatSpec | undefined =>
  displayUnit(q) === '%' ? percentSpec(q.format, n) : q.format;

/** The reader-facing text of a quantity's value (in its display unit), short and exact. */
export function formatQuantity(q: Quantity, n: number): { text: string; exact: string } {
  const symbol = unitSymbol(q);
  const spec = displaySpec(q, n);
  return { text: withUnit(formatNumber(n, spec), symbol), exact: withUnit(formatExact(n, spec), symbol) };
}
