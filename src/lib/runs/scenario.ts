/**
 * A scenario that starts from a comparison run: the URL key `run=<id>` puts the run's published
 * figures in place of the cited ones, and the inputs the URL names are the reader's edits on top
 * of it. So `?run=deepseek-v3&pretrain.goodput=0.8` is DeepSeek-V3's GPUs and tokens with MAI-Base-1's
 * other inputs, and goodput set by the reader. The URL writes only what differs from the run, so a
 * reader who types a run's input back to MAI-Base-1's value gets that value written explicitly.
 * Pure: the live page, the scenario summary and the citation all read links through here.
 */
import type { Input, Model } from '../engine/model';
import { parseScenario, scenarioQuery, type ScenarioNotice } from '../scenario';
import type { PageRun } from './apply';

/** The URL key that names a run (listed in `SCENARIO_KEYS`). */
export const RUN_KEY = 'run';

/** A scenario read from a URL: the run it starts from, if any, and every input that differs from its cited value. */
export interface RunScenario {
  run: string | undefined;
  overrides: Record<string, number>;
  notices: ScenarioNotice[];
}

type Runs = Readonly<Record<string, PageRun>>;
type Quantities = Pick<Model, 'quantities' | 'units'>;

/** The model with a run's values in place of the cited ones: the base that the URL's inputs are read against. */
function withBase(model: Quantities, base: Readonly<Record<string, number>>): Quantities {
  const quantities = { ...model.quantities };
  for (const [id, v] of Object.entries(base)) quantities[id] = { ...(quantities[id] as Input), value: v };
  return model.units ? { quantities, units: model.units } : { quantities };
}

/** Keeps only the values that differ from the cited ones. */
const offCited = (model: Pick<Model, 'quantities'>, o: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(o).filter(([id, v]) => (model.quantities[id] as Input).value !== v));

/** Reads a query string: the run (an unknown one is ignored with a notice), then the reader's inputs on top of it. */
export function readRunScenario(search: string, model: Quantities, runs: Runs): RunScenario {
  const id = new URLSearchParams(search).get(RUN_KEY) ?? undefined;
  const run = id !== undefined && Object.hasOwn(runs, id) ? id : undefined;
  const base = run ? runs[run]!.overrides : {};
  const { overrides, notices } = parseScenario(search, withBase(model, base));
  if (id !== undefined && !run)
    notices.unshift({
      param: RUN_KEY,
      message: `“${id.slice(0, 80)}” is not a comparison run on this site, so it was ignored.`,
    });
  return { run, overrides: offCited(model, { ...base, ...overrides }), notices };
}

/** The query string of a scenario: `run=<id>` first, then each input whose value differs from the run's (or the cited) one. */
export function runQuery(
  overrides: Record<string, number>,
  model: Pick<Model, 'quantities'>,
  run?: string,
  runs?: Runs,
): string {
  const base = run ? runs?.[run]?.overrides : undefined;
  if (!base) return scenarioQuery(overrides, model);
  // An input the run sets but the reader put back to its cited value is an edit too.
  const cited = Object.fromEntries(Object.keys(base).map((id) => [id, (model.quantities[id] as Input).value]));
  const edits = scenarioQuery({ ...cited, ...overrides }, withBase({ quantities: model.quantities }, base)).slice(1);
  return `?${RUN_KEY}=${encodeURIComponent(run!)}${edits ? `&${edits}` : ''}`;
}

/**
 * The overrides after switching from run `from` to run `to` (either may be none): the reader's own
 * edits (values that differ from the old run's) stay, except on the inputs the new run sets.
 */
export function switchRun(
  overrides: Record<string, number>,
  model: Pick<Model, 'quantities'>,
  from: PageRun | undefined,
  to: PageRun | undefined,
): Record<string, number> {
  const next: Record<string, number> = {};
  for (const id of new Set([...Object.keys(overrides), ...Object.keys(from?.overrides ?? {})])) {
    const value = overrides[id] ?? (model.quantities[id] as Input).value;
    const base = from?.overrides[id] ?? (model.quantities[id] as Input).value;
    if (value !== base) next[id] = value;
  }
  return offCited(model, { ...next, ...to?.overrides });
}

/** Whether input `id` holds the run's own figure (rather than the reader's edit, or MAI-Base-1's value). */
export const fromRun = (id: string, overrides: Record<string, number>, run: PageRun | undefined): boolean =>
  run !== undefined && id in run.overrides && overrides[id] === run.overrides[id];
