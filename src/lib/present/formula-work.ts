/**
 * "Show the work": a derived quantity's formula with the current values put in, with their
 * units, and its result: "51 h / (1 − 0.9) = 510 h". Pure; the build and the live page share it.
 */
import type { Values } from '../engine/evaluate';
import { formatNumber, formatQuantity, unitSymbol } from '../engine/format';
import { toSymbols } from '../engine/graph';
import { parse, toText } from '../engine/math';
import { displayUnit, type Derived, type Model, type Quantity } from '../engine/model';

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

/** The result of the work: the quantity's own text ("12.7 %"), so that one quantity shows one precision everywhere. */
const resultText = (q: Quantity, n: number): string => formatQuantity(q, n).text;

// A placeholder for a value while operators are rewritten: private-use characters, never in a formula.
const slot = (i: number): string => `\uE000${i}\uE001`;

/** Typographic operators for the plain-text formula: × for *, a true minus for -. */
const typeset = (s: string): string =>
  s
    .replaceAll(' * ', ' × ')
    .replaceAll(' - ', ' − ')
    .replace(/(^|[(\s])-/g, '$1−')
    .replace(/(\d)e\+(\d)/g, '$1e$2');

/** A formula written once with a slot for each term's value, and the quantity behind each slot. */
interface Template {
  text: string;
  terms: Quantity[];
}

const templates = new WeakMap<Model, Map<string, Template>>();

/** The work template of a derived quantity, made on first use: an edit then only writes numbers in. */
function templateOf(model: Model, q: Derived): Template {
  let byId = templates.get(model);
  if (!byId) templates.set(model, (byId = new Map()));
  let t = byId.get(q.id);
  if (!t) {
    const terms: Quantity[] = [];
    const text = toText(parse(toSymbols(q.formula)), (symbol) => {
      const ref = model.quantities[symbol.replaceAll('__', '.')];
      if (!ref) return undefined;
      terms.push(ref);
      return slot(terms.length - 1);
    });
    byId.set(q.id, (t = { text: typeset(text), terms }));
  }
  return t;
}

/**
 * The work of derived quantity `id` under `values`; undefined for an input (it has none).
 * `termTexts` may carry the terms already written for these values, so that a term shared by many
 * formulas is formatted once per scenario.
 */
export function showWork(
  model: Model,
  values: Values,
  id: string,
  termTexts: Map<string, string> = new Map(),
): string | undefined {
  const q = model.quantities[id];
  if (q?.kind !== 'derived') return undefined;
  const { text, terms } = templateOf(model, q);
  const work = text.replace(/\uE000(\d+)\uE001/g, (_, i: string) => {
    const ref = terms[Number(i)]!;
    let t = termTexts.get(ref.id);
    if (t === undefined) termTexts.set(ref.id, (t = termText(ref, values[ref.id]!)));
    return t;
  });
  return `${work} = ${resultText(q, values[id]!)}`;
}
