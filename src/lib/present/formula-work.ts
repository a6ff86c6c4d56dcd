/**
 * "Show the work": a derived quantity's formula with the current values put in, with their
 * units, and its result: "51 h / (1 − 0.9) = 510 h". Pure; the build and the live page share it.
 */
import type { Values } from '../engine/evaluate';
import { formatNumber, unitSymbol } from '../engine/format';
import { toSymbols } from '../engine/graph';
import { parse, toText, type MathNode } from '../engine/math';
import { displayUnit, type Model, type Quantity } from '../engine/model';

/** A value as the work writes it: six significant digits, compact for large compact quantities, no lost integer digits. */
export function workNumber(q: Quantity, n: number): string {
  const text =
    q.format?.notation === 'compact' && Math.abs(n) >= 1e6
      ? formatNumber(n, { notation: 'compact', digits: 6 })
      : formatNumber(n, Math.abs(n) >= 1e5 ? { decimals: 0 } : { digits: 6 });
  return text.replace(/^-/, '−');
}

/**
 * A term of the work: its value (in its display unit) with its unit. A percentage is put in as the
 * fraction the formula computes with (90 % goodput → 0.9), so that the arithmetic reads as written.
 */
export function termText(q: Quantity, n: number): string {
  if (displayUnit(q) === '%') return workNumber(q, n / 100);
  const symbol = unitSymbol(q);
  return symbol ? `${workNumber(q, n)} ${symbol}` : workNumber(q, n);
}

/** The result of the work: the value in its display unit with its symbol ("12.7451 %"). */
const resultText = (q: Quantity, n: number): string => {
  const symbol = unitSymbol(q);
  return symbol ? `${workNumber(q, n)} ${symbol}` : workNumber(q, n);
};

// A placeholder for a value while operators are rewritten: private-use characters, never in a formula.
const slot = (i: number): string => `\uE000${i}\uE001`;

/** Typographic operators for the plain-text formula: × for *, a true minus for -. */
const typeset = (s: string): string =>
  s
    .replaceAll(' * ', ' × ')
    .replaceAll(' - ', ' − ')
    .replace(/(^|[(\s])-/g, '$1−')
    .replace(/(\d)e\+(\d)/g, '$1e$2');

const parsed = new Map<string, MathNode>();

/** The work of derived quantity `id` under `values`; undefined for an input (it has none). */
export function showWork(model: Model, values: Values, id: string): string | undefined {
  const q = model.quantities[id];
  if (q?.kind !== 'derived') return undefined;
  let node = parsed.get(q.formula);
  if (!node) parsed.set(q.formula, (node = parse(toSymbols(q.formula))));
  const terms: string[] = [];
  const text = toText(node, (symbol) => {
    const ref = model.quantities[symbol.replaceAll('__', '.')];
    if (!ref) return undefined;
    terms.push(termText(ref, values[ref.id]!));
    return slot(terms.length - 1);
  });
  const work = typeset(text).replace(/\uE000(\d+)\uE001/g, (_, i: string) => terms[Number(i)]!);
  return `${work} = ${resultText(q, values[id]!)}`;
}
