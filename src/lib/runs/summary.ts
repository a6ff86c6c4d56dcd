/** What the scenario summary says of each run on one page, written at build time: which inputs are the run's, which still the cited run's. */
import type { Model } from '../engine/model';
import type { PageRun } from './apply';

/** The summary's line for one run, and the run as a phrase for a citation. */
export interface RunLine {
  id: string;
  /** "DeepSeek-V3’s published figures (…)". */
  phrase: string;
  /** The phrase, the page's inputs the run sets, and those it leaves to the cited run. */
  text: string;
}

/** A line per run, for a page that shows `inputs` (input ids, in page order). */
export function runLines(
  model: Pick<Model, 'quantities'>,
  runs: Readonly<Record<string, PageRun>>,
  inputs: readonly string[],
  citedLabel: string,
): RunLine[] {
  const label = (id: string) => model.quantities[id]!.label;
  return Object.entries(runs).map(([id, run]) => {
    const phrase = `${run.label}’s published figures (${run.source})`;
    const sets = inputs.filter((i) => i in run.overrides).map(label);
    const others = inputs.filter((i) => !(i in run.overrides)).map(label);
    const text = [
      sets.length ? `${phrase}, for ${sets.join(', ')}.` : `${phrase}.`,
      others.length ? ` Still ${citedLabel}’s, unless edited: ${others.join(', ')}.` : '',
    ].join('');
    return { id, phrase, text };
  });
}
