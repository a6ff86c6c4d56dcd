/**
 * One input per cited figure: two inputs that give the same figure of the same source (the same
 * source and quote, values equal once converted to one unit) are one figure typed twice, and a
 * reader who changes one would still see the other. A switch names inputs (`{ from: id }`)
 * instead of copying them, so a value taken from another input is no copy. This site's own
 * choices (a source of kind `ours`) cite no figure, so they are not compared.
 */
import type { Input, Quantity, Source } from '../engine/model';
import { hasDimension, toValue, unitScale } from '../engine/units';
import { FactsError } from './errors';

/** Values equal to this relative precision are the same figure (2.5 PFLOP/s and 2.5e15 FLOP/s). */
const SAME = 1e-12;

/** One figure an input writes down: its value, or one of a switch's literal options. */
export interface CitedFigure {
  input: Input;
  /** The field that holds it: `value`, or `options[2].value`. */
  field: string;
  value: number;
}

const figuresOf = (q: Input): CitedFigure[] => {
  if (q.options)
    return q.options.flatMap((o, i) => (o.from ? [] : [{ input: q, field: `options[${i}].value`, value: o.value }]));
  return q.from ? [] : [{ input: q, field: 'value', value: q.value }];
};

const same = (a: CitedFigure, b: CitedFigure): boolean => {
  if (!hasDimension(toValue(1, a.input.unit), b.input.unit)) return false;
  const x = a.value * unitScale(a.input.unit);
  const y = b.value * unitScale(b.input.unit);
  return Math.abs(x - y) <= SAME * Math.max(Math.abs(x), Math.abs(y));
};

/** Every pair of figures of two different inputs that give the same figure of the same source, in file order. */
export function duplicateFigures(
  quantities: Readonly<Record<string, Quantity>>,
  sources: Readonly<Record<string, Source>>,
): [CitedFigure, CitedFigure][] {
  const groups = new Map<string, CitedFigure[]>();
  for (const q of Object.values(quantities)) {
    if (q.kind !== 'input' || sources[q.source]?.kind === 'ours') continue;
    const key = JSON.stringify([q.source, q.quote ?? '']);
    groups.set(key, [...(groups.get(key) ?? []), ...figuresOf(q)]);
  }
  const pairs: [CitedFigure, CitedFigure][] = [];
  for (const figures of groups.values())
    figures.forEach((a, i) => {
      for (const b of figures.slice(i + 1)) if (a.input !== b.input && same(a, b)) pairs.push([a, b]);
    });
  return pairs;
}

/** Fails naming both files, records and fields when two inputs give the same cited figure. */
export function checkNoDuplicateFigures(
  quantities: Readonly<Record<string, Quantity>>,
  sources: Readonly<Record<string, Source>>,
): void {
  const [pair] = duplicateFigures(quantities, sources);
  if (!pair) return;
  const [a, b] = pair;
  const quote = a.input.quote ? ` and quote “${a.input.quote}”` : ' (neither quotes it)';
  throw new FactsError(
    b.input.file,
    b.field,
    `gives the same figure as "${a.input.id}" in ${a.input.file}, field "${a.field}": the same source ` +
      `"${a.input.source}"${quote}, and ${b.value} ${b.input.unit} equals ${a.value} ${a.input.unit}. ` +
      `Keep one input per cited figure; a switch names it as an option ({ from: ${a.input.id} }) instead of copying it.`,
    b.input.id,
  );
}
