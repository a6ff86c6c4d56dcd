/** A derived quantity's formula as LaTeX, from the same expression the engine evaluates. */
import { formulaIds, toSymbols } from '../engine/graph';
import { parse, toTex, toText } from '../engine/math';
import type { Model } from '../engine/model';

/** The readable name of an id in a formula: `pretrain.overhead_hours` → "overhead hours". */
export const termName = (id: string): string => id.slice(id.indexOf('.') + 1).replaceAll('_', ' ');

/**
 * The names of the ids a formula uses, each unique within it: when two ids share a name
 * (`recon.total_params`, `model.total_params`), both carry their topic: "total params (recon)".
 */
export function termNames(ids: readonly string[]): Record<string, string> {
  const count = new Map<string, number>();
  for (const id of ids) count.set(termName(id), (count.get(termName(id)) ?? 0) + 1);
  const out: Record<string, string> = {};
  for (const id of ids) {
    const name = termName(id);
    out[id] = count.get(name)! > 1 ? `${name} (${id.slice(0, id.indexOf('.'))})` : name;
  }
  return out;
}

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
