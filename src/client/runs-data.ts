/** The page's comparison runs (`#mai-runs`, written by RunsData.astro), parsed once. */
import type { PageRun } from '../lib/runs/apply';

let runs: Record<string, PageRun> | undefined;

/** Run id → its label, sources and the inputs it sets; empty on a page without the data. */
export const readRuns = (): Record<string, PageRun> =>
  (runs ??= JSON.parse(document.getElementById('mai-runs')?.textContent || '{}') as Record<string, PageRun>);
