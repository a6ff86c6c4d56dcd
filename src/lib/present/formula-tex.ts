/** A derived quantity's formula as LaTeX, from the same expression the engine evaluates. */
import { formulaIds, toSymbols } from '../engine/graph';
import { parse, toTex, toText } from '../engine/math';
import type { Model } from '../engine/model';
import { termNames } from './formula-names';

/** LaTeX text mode, with the few characters it treats specially escaped. */
const text = (s: string): string => `\\text{${s.replace(/[\\{}$&#^_%~]/g, (c) => `\\${c}`)}}`;

/** The parsed formula of derived quantity `id` and the names of its terms; throws when `id` is not derived. */
function named(model: Model, id: string) {
  const q = model.quantities[id];
  if (q?.kind !== 'derived') throw new Error(`"${id}" is not a derived quantity, so it has no formula.`);
  const names = termNames([id, ...formulaIds(q.formula)]);
  const nameOf = (symbol: string): string | undefined => names[symbol.replaceAll('__', '.')];
  return { node: parse(toSymbols(q.formula)), name: names[id]!, nameOf };
}

/** The LaTeX of "name = formula" for derived quantity `id`. */
export function formulaTex(model: Model, id: string): string {
  const { node, name, nameOf } = named(model, id);
  const body = toTex(node, (symbol) => {
    const n = nameOf(symbol);
    return n === undefined ? undefined : text(n);
  });
  return `${text(name)} = ${body}`;
}

/** The same in plain words, for assistive technology: "wall hours = overhead hours / (1 - goodput)". */
export function formulaWords(model: Model, id: string): string {
  const { node, name, nameOf } = named(model, id);
  return `${name} = ${toText(node, nameOf)}`;
}
