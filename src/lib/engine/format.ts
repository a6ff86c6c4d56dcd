/** Turns a number in its display unit into text: compact ("3.76 M GPU·h") and exact forms. */
import { displayUnit, type FormatSpec, type Quantity } from './model';

const SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
];

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
  if (spec.notation === 'compact') {
    const scale = SCALES.find(([s]) => Math.abs(n) >= s);
    if (scale) {
      const scaled = n / scale[0];
      const digits =
        spec.decimals !== undefined && spec.digits === undefined
          ? withDecimals(spec.decimals, spec.fixed).format(scaled)
          : withSignificant(spec.digits ?? 3).format(scaled);
      return `${digits} ${scale[1]}`;
    }
  }
  if (spec.digits !== undefined) return withSignificant(spec.digits).format(n);
  return withDecimals(spec.decimals ?? defaultDecimals(n), spec.fixed === true && spec.decimals !== undefined).format(
    n,
  );
}

/** A number with every significant digit, as a reviewer checking the arithmetic wants it. */
export function formatExact(n: number): string {
  return withSignificant(10).format(n);
}

/** What to print after a quantity's number ("GPU·h", "%", nothing for a plain count). */
export function unitSymbol(q: Quantity): string {
  if (q.symbol !== undefined) return q.symbol;
  const u = displayUnit(q);
  return u === '1' ? '' : u.replaceAll(' ', '·');
}

const withUnit = (text: string, symbol: string): string => (symbol ? `${text} ${symbol}` : text);

/** The reader-facing text of a quantity's value (in its display unit), short and exact. */
export function formatQuantity(q: Quantity, n: number): { text: string; exact: string } {
  const symbol = unitSymbol(q);
  return { text: withUnit(formatNumber(n, q.format), symbol), exact: withUnit(formatExact(n), symbol) };
}
