/** The dependency graph of the formulas: who depends on whom, in what order to compute. */
import { parse } from './math';
import { reachable } from './reachable';

export { reachable };

/** Pattern of a quantity id inside a formula: `topic.snake_name`. */
const ID_PATTERN = /\b[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+\b/g;

/** A formula with its ids replaced by mathjs-safe symbols (`pretrain.gpus` → `pretrain__gpus`). */
export const toSymbols = (formula: string): string => formula.replace(ID_PATTERN, (id) => id.replaceAll('.', '__'));

/** The symbol a quantity id is known by inside a compiled formula. */
export const symbolOf = (id: string): string => id.replaceAll('.', '__');

/** The ids a formula refers to, in order of first appearance; throws on a syntax error. */
export function formulaIds(formula: string): string[] {
  const ids = new Set<string>();
  parse(toSymbols(formula)).traverse((node) => {
    const symbol = node as unknown as { isSymbolNode?: boolean; name?: string };
    const name = symbol.isSymbolNode ? symbol.name : undefined;
    if (name?.includes('__')) ids.add(name.replaceAll('__', '.'));
  });
  return [...ids];
}

/** A cycle found in the graph, as the ids along it (first id repeated at the end). */
export class CycleError extends Error {
  constructor(readonly path: string[]) {
    super(`formulas form a cycle: ${path.join(' → ')}`);
  }
}

/** Orders ids so that each comes after everything it depends on; throws CycleError on a cycle. */
export function topologicalOrder(deps: Record<string, string[]>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    const s = state.get(id);
    if (s === 'done') return;
    if (s === 'visiting') throw new CycleError([...path.slice(path.indexOf(id)), id]);
    state.set(id, 'visiting');
    for (const d of deps[id] ?? []) visit(d, [...path, id]);
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of Object.keys(deps)) visit(id, []);
  return order;
}

/** For each id, the ids that use it directly. */
export function dependentsOf(deps: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const id of Object.keys(deps)) out[id] ??= [];
  for (const [id, ds] of Object.entries(deps)) for (const d of ds) (out[d] ??= []).push(id);
  return out;
}
