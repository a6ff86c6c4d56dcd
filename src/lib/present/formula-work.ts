/**
 * "Show the work": a derived quantity's formula with the current values put in, with their
 * units, and its result: "51 h / (1 − 0.9) = 510 h". Pure; the build and the live page share it.
 * The formula's text was written once at build time, with a slot for each term (compile.ts), so
 * no mathjs is needed here: an edit only writes numbers in.
 */
import type { Engine, Values } from '../engine/engine';
import { formatNumber, formatQuantity, unitSymbol } from '../engine/format';
import { displayUnit, type Quantity } from '../engine/model';
import { SLOT } from '../engine/program';

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

/**
 * The work of derived quantity `id` under `values`; undefined for an input (it has none).
 * `termTexts` may carry the terms already written for these values, so that a term shared by many
 * formulas is formatted once per scenario.
 */
export function showWork(
  engine: Pick<Engine, 'model' | 'program'>,
  values: Values,
  id: string,
  termTexts: Map<string, string> = new Map(),
): string | undefined {
  const model = engine.model;
  const q = model.quantities[id];
  const template = engine.program.work[id];
  if (q?.kind !== 'derived' || !template) return undefined;
  const [text, terms] = template;
  const work = text.replace(SLOT, (_, i: string) => {
    const ref = model.quantities[engine.program.order[terms[Number(i)]!]!]!;
    let t = termTexts.get(ref.id);
    if (t === undefined) termTexts.set(ref.id, (t = termText(ref, values[ref.id]!)));
    return t;
  });
  return `${work} = ${resultText(q, values[id]!)}`;
}
