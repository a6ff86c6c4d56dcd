/**
 * A scenario that starts from a comparison run. The URL names the run (`run=deepseek-v3`) and, like
 * any scenario, writes every input that differs from its cited value, the run's figures included:
 * `?run=deepseek-v3&pretrain.gpus=2048&pretrain.tokens=14800000000000`. So a link reads back
 * through the one input grammar and reproduces the page even if a run's figures are corrected
 * later; the run key only names where the values came from. A reader's edits sit on top: they
 * change the values, and the run stays named. Applying another run puts back the cited value of
 * each input the old run set that the reader had not edited; taking every change out (a reset, or
 * editing every value back) drops the run. Pure, for the live page, the summary and the citation.
 */
import type { PageRun } from './apply';

/** The URL key that names a run (listed in `SCENARIO_KEYS`). */
export const RUN_KEY = 'run';

/** The run a query string names, if it is one of `runs`. */
export function runOf(search: string, runs: Readonly<Record<string, PageRun>>): string | undefined {
  const id = new URLSearchParams(search).get(RUN_KEY);
  return id !== null && Object.hasOwn(runs, id) ? id : undefined;
}

/** A scenario's query string (`?a.b=1`, from `scenarioQuery`) with the run first: `?run=<id>&a.b=1`. */
export const withRun = (query: string, run: string | undefined): string =>
  run ? `?${RUN_KEY}=${encodeURIComponent(run)}${query ? `&${query.slice(1)}` : ''}` : query;

/**
 * The overrides after switching from run `from` to run `to` (either may be none): the reader's own
 * edits (values that differ from the old run's) stay, except on the inputs the new run sets.
 */
export function switchRun(
  overrides: Readonly<Record<string, number>>,
  from: PageRun | undefined,
  to: PageRun | undefined,
): Record<string, number> {
  const next: Record<string, number> = {};
  for (const [id, v] of Object.entries(overrides)) if (from?.overrides[id] !== v) next[id] = v;
  // A run's figures all differ from the cited ones (pageRuns leaves out the others).
  return Object.assign(next, to?.overrides);
}

/** Whether input `id` holds the run's own figure (rather than the reader's edit). */
export const fromRun = (id: string, value: number, run: PageRun | undefined): boolean =>
  run !== undefined && run.overrides[id] === value;
