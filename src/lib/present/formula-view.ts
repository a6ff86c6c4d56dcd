/** What a page shows of a derived quantity's formula: typeset, as plain text, and with values put in. */
import type { Engine, Values } from '../engine/evaluate';
import { formulaMathML } from './formula-mathml';
import { showWork } from './formula-work';

/** A formula as a page shows it (build time only: it renders MathML). */
export interface FormulaView {
  /** The formula as written in the facts, over quantity ids. */
  formula: string;
  /** The `<math>` element of "name = formula". */
  math: string;
  /** The formula with `values` put in, and its result. */
  work: string;
}

/** The formula view of `id` under `values`; undefined for an input. */
export function formulaView(engine: Engine, values: Values, id: string): FormulaView | undefined {
  const q = engine.model.quantities[id];
  if (q?.kind !== 'derived') return undefined;
  return { formula: q.formula, math: formulaMathML(engine.model, id), work: showWork(engine, values, id)! };
}
