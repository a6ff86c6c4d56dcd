/**
 * A run's figures as overrides of the site's inputs, for bringing a run into a calculator
 * (issue 16, part 3). A figure applies only where the run states it itself (not one it takes
 * `from` the site's inputs, such as an assumed peak) and its binding in comparison.yaml is one of
 * the site's inputs by itself (`compare.gpus: pretrain.gpus`); a figure bound to a derived quantity
 * (`compare.gpu_hours: pretrain.gpu_hours`) cannot be typed into a calculator, so it is listed as
 * not applicable rather than approximated.
 */
import { formulaIds } from '../engine/graph';
import type { Input, Model } from '../engine/model';
import { unitScale } from '../engine/units';
import type { Run } from './model';

/** What applying a run changes: input id → value in that input's unit; and the figures that cannot apply. */
export interface RunOverrides {
  overrides: Record<string, number>;
  /** Figures the run states that bind a derived quantity. */
  notApplicable: string[];
  /** Figures the run takes from the site's own inputs: not the run's to apply. */
  notStated: string[];
}

/** The overrides that put a run's stated figures into the site's inputs. */
export function runOverrides(model: Model, run: Run): RunOverrides {
  const overrides: Record<string, number> = {};
  const notApplicable: string[] = [];
  const notStated: string[] = [];
  for (const figure of Object.values(run.inputs)) {
    if (figure.from !== undefined) {
      notStated.push(figure.id);
      continue;
    }
    const binding = model.quantities[figure.id]!;
    const target = binding.kind === 'derived' && binding.formula.trim() === formulaIds(binding.formula)[0];
    const input = target ? model.quantities[binding.formula.trim()] : undefined;
    if (!input || input.kind !== 'input') {
      notApplicable.push(figure.id);
      continue;
    }
    overrides[input.id] = (figure.value * unitScale(binding.unit)) / unitScale(input.unit);
  }
  return { overrides, notApplicable, notStated };
}

/** A run as a live page needs it: its label, what it rests on, and the inputs it sets. */
export interface PageRun {
  label: string;
  /** The run's sources, by their short names, for the summary and the citation. */
  source: string;
  /** Input id → value in the input's own unit; only values that differ from the cited ones. */
  overrides: Record<string, number>;
}

/** Every run other than the cited one that sets at least one input, by id, in the order of runs.yaml. */
export function pageRuns(model: Model, runs: readonly Run[]): Record<string, PageRun> {
  const out: Record<string, PageRun> = {};
  for (const run of runs) {
    if (run.cited) continue;
    const overrides = Object.fromEntries(
      Object.entries(runOverrides(model, run).overrides).filter(
        ([id, v]) => (model.quantities[id] as Input).value !== v,
      ),
    );
    if (!Object.keys(overrides).length) continue;
    const source = run.sources.map((s) => model.sources[s]?.title ?? s).join('; ');
    out[run.id] = { label: run.label, source, overrides };
  }
  return out;
}
