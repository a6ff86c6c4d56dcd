/** The "apply a run's figures" buttons of one calculator: which runs publish its inputs, and what each sets. */
import type { Input, Model } from '../engine/model';
import { inputText } from '../present/scenario-summary';
import type { PageRun } from './apply';

/** One run a calculator can bring in. */
export interface RunButton {
  id: string;
  label: string;
  /** The calculator's inputs the run sets, as the page writes them: "GPUs in the pre-training run: 2,048". */
  figures: string[];
  /** Told politely when the run is applied, and when it is taken out again. */
  applied: string;
  removed: string;
}

/** A button for each run that publishes at least one of `inputs`, in the order of runs.yaml. */
export function runButtons(
  model: Pick<Model, 'quantities'>,
  runs: Readonly<Record<string, PageRun>>,
  inputs: readonly string[],
  citedLabel: string,
): RunButton[] {
  return Object.entries(runs).flatMap(([id, run]) => {
    const mine = inputs.filter((i) => i in run.overrides);
    if (!mine.length) return [];
    const figures = mine.map((i) => {
      const q = model.quantities[i] as Input;
      return `${q.label}: ${inputText(q, run.overrides[i]!)}`;
    });
    return [
      {
        id,
        label: run.label,
        figures,
        applied: `${run.label}’s figures applied (${figures.join('; ')}); the other inputs are still ${citedLabel}’s.`,
        removed: `${run.label}’s figures taken out: ${citedLabel}’s values are back, your own edits stay.`,
      },
    ];
  });
}
