/**
 * A run's figures as overrides of the site's inputs, for bringing a run into a calculator
 * (issue 16, part 3, not wired yet). A figure applies only where its binding in comparison.yaml
 * is one of the site's inputs by itself (`compare.gpus: pretrain.gpus`); a figure bound to a
 * derived quantity (`compare.gpu_hours: pretrain.gpu_hours`) cannot be typed into a calculator,
 * so it is listed as not applicable rather than approximated.
 */
import { formulaIds } from '../engine/graph';
import type { Model } from '../engine/model';
import { unitScale } from '../engine/units';
import type { Run } from './model';

/** What applying a run changes: input id → value in that input's unit; and the figures that cannot apply. */
export interface RunOverrides {
  overrides: Record<string, number>;
  notApplicable: string[];
}

/** The overrides that put a run's stated figures into the site's inputs. */
export function runOverrides(model: Model, run: Run): RunOverrides {
  const overrides: Record<string, number> = {};
  const notApplicable: string[] = [];
  for (const figure of Object.values(run.inputs)) {
    const binding = model.quantities[figure.id]!;
    const target = binding.kind === 'derived' && binding.formula.trim() === formulaIds(binding.formula)[0];
    const input = target ? model.quantities[binding.formula.trim()] : undefined;
    if (!input || input.kind !== 'input') {
      notApplicable.push(figure.id);
      continue;
    }
    overrides[input.id] = (figure.value * unitScale(binding.unit)) / unitScale(input.unit);
  }
  return { overrides, notApplicable };
}
