/** Checks for the non-numeric claims of the training-run topics: pre-training, stages, compute, hardware. */
import type { Input, Model } from '../engine/model';
import type { Check } from './verdict';

/** How the inputs read from the notes' list of training stages are located: this prefix, then the stage. */
export const STAGE_LIST_LOCATOR = '“Training MAI-Base-1”, list of stages, ';

/** The stages the notes list, by name, as the locators of the inputs cited from that list say. */
export function listedStages(model: Model): string[] {
  const names = Object.values(model.quantities)
    .filter((q): q is Input => q.kind === 'input' && q.locator.startsWith(STAGE_LIST_LOCATOR))
    .map((q) => q.locator.slice(STAGE_LIST_LOCATOR.length));
  return [...new Set(names)].sort();
}

/** "A five-step process": the number of stages the notes list, against the five they announce. */
const stagesListed: Check = (model) => {
  const stages = listedStages(model);
  return {
    consistent: stages.length === 5,
    recomputed: stages.length,
    detail: `The notes list ${stages.length} stages (${stages.join(', ')}) after announcing five; the other steps are not named.`,
  };
};

/** "MFU drop … became the largest single remaining category": its hours against every other category's. */
const mfuDropIsLargest: Check = (_model, values) => {
  const mfu = values['pretrain.mfu_drop_hours']!;
  const others = ['pretrain.recompute_hours', 'pretrain.nonstepping_hours', 'pretrain.unexplained_hours'];
  const largestOther = Math.max(...others.map((id) => values[id]!));
  return {
    consistent: mfu >= largestOther,
    recomputed: mfu,
    detail: 'Another overhead category, or the hours no category names, is larger than the MFU-drop time.',
  };
};

/** Whether a count of units (racks, domains) is whole: the GPUs fill them exactly. */
const wholeUnits =
  (id: string, what: string): Check =>
  (_model, values) => {
    const n = values[id]!;
    return {
      consistent: Number.isInteger(n),
      recomputed: n,
      detail: `The GPU count is not a multiple of the GPUs in one ${what}, so the GPUs do not fill whole ${what}s.`,
    };
  };

/**
 * "8,192 B200 GPUs" and "8,192 GB200 NVL72 GPUs" name the same parts when the B200 meant is the
 * one in a GB200 system: the cited hardware table lists that part, and the peak assumed is its own.
 */
const b200InGb200: Check = (model, values) => {
  const peak = model.quantities['compute.peak_pflops'] as Input | undefined;
  const gb200 = (peak?.options ?? []).filter((o) => o.label.startsWith('B200 in GB200'));
  return {
    consistent: gb200.some((o) => o.value === values['compute.peak_pflops']),
    detail: 'The assumed peak is not that of the B200 in a GB200 system, which is the part the notes name.',
  };
};

export const PRETRAINING_CHECKS: Record<string, Check> = {
  stagesListed,
  mfuDropIsLargest,
  nvl72WholeRacks: wholeUnits('hardware.nvl72_racks', 'NVL72 rack'),
  nvl64WholeDomains: wholeUnits('hardware.nvl64_domains', 'NVL64 domain'),
  b200InGb200,
};
