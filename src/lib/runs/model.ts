/** Comparison runs as the build uses them: validated, with every `from` resolved to a value and a citation. */
import { formulaIds } from '../engine/graph';
import { COMPARE_PREFIX } from '../engine/live';
import type { Claim, Model } from '../engine/model';

export { COMPARE_PREFIX };

/** One figure a run states, in the comparison quantity's own unit, with its citation. */
export interface RunInput {
  id: string;
  value: number;
  source: string;
  locator: string;
  quote?: string | undefined;
  reading?: string | undefined;
  assumption: boolean;
  note?: string | undefined;
  /** The site input it was taken from, if any. */
  from?: string | undefined;
}

/** A named, cited set of figures for the comparison's formulas. */
export interface Run {
  id: string;
  label: string;
  sources: string[];
  /** The site's cited scenario (its figures are the facts' own). */
  cited: boolean;
  note?: string | undefined;
  /** Figure id → what the run states (empty for the cited run). */
  inputs: Record<string, RunInput>;
  /** Figure id → a short note shown in every cell it reaches. */
  conventions: Record<string, string>;
  file: string;
}

/** A stated number of a run, checked against that run's values. */
export interface RunClaim extends Claim {
  run: string;
}

/** A figure a run may state: a comparison quantity that binds MAI-Base-1's facts (its formula names no compare.* id). */
export function isRunFigure(model: Model, id: string): boolean {
  const q = model.quantities[id];
  return (
    !!q &&
    id.startsWith(COMPARE_PREFIX) &&
    q.kind === 'derived' &&
    !formulaIds(q.formula).some((d) => d.startsWith(COMPARE_PREFIX))
  );
}
