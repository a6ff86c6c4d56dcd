/**
 * What a scenario link changes, for the page's scenario summary and its citation. Reads the URL
 * exactly as the live page does (`parseScenario`, the one input grammar), without the engine, so
 * that the summary, the citation and the numbers agree on every link.
 */
import { formatNumber, formatQuantity } from '../engine/format';
import { displayUnit, type Input, type Model } from '../engine/model';
import type { PageRun } from '../runs/apply';
import { fromRun, runOf, withRun } from '../runs/scenario';
import { parseScenario } from '../scenario';
import { rangeParam } from '../engine/parse-range';

/** One input the scenario sets to something other than its cited value. */
export interface ScenarioChange {
  id: string;
  label: string;
  /** The cited value, as the page writes it. */
  cited: string;
  /** The scenario's value, written the same way. */
  value: string;
  /** The scenario's value in the input's own unit, as in the URL. */
  raw: number;
  /** A range the link gives for the input (own unit), whose middle is `raw`. */
  span?: [number, number];
  /** The label of the comparison run whose published figure this is; absent for a reader's edit. */
  run?: string;
}

type Runs = Readonly<Record<string, PageRun>>;

/** A value of `input` (in its own unit) as the page writes it: "90 %", "51 h". */
export function inputText(input: Input, v: number): string {
  const shown = displayUnit(input);
  if (shown === input.unit) return formatQuantity(input, v).text;
  if (input.unit === '1' && shown === '%') return formatQuantity(input, v * 100).text;
  // Any other display unit needs the engine to convert; say it in the stored unit instead.
  return `${formatNumber(v, input.format)} ${input.unit}`;
}

/**
 * The inputs a query string changes from their cited values, in id order, a comparison run's
 * (`run=`, one of `runs`) included; unknown or bad parameters are ignored.
 */
export function scenarioChanges(
  search: string,
  model: Pick<Model, 'quantities' | 'units'>,
  runs: Runs = {},
): ScenarioChange[] {
  const { overrides, spans } = parseScenario(search, model);
  const run = runOf(search, runs);
  return [...new Set([...Object.keys(overrides), ...Object.keys(spans)])].sort().map((id) => {
    const q = model.quantities[id] as Input;
    const raw = overrides[id] ?? q.value;
    const span = spans[id];
    const option = (v: number) => q.options?.find((o) => o.value === v)?.label;
    return {
      id,
      label: q.label,
      cited: option(q.value) ?? inputText(q, q.value),
      value: span ? `${inputText(q, span[0])} to ${inputText(q, span[1])}` : (option(raw) ?? inputText(q, raw)),
      raw,
      ...(span ? { span } : {}),
      ...(run && !span && fromRun(id, raw, runs[run]) ? { run: runs[run]!.label } : {}),
    };
  });
}

/** The query string of the changes (`?a.b=1&c.d=2`), or "" for the cited values. */
export function changesQuery(changes: readonly ScenarioChange[]): string {
  const params = new URLSearchParams();
  for (const c of changes) params.set(c.id, c.span ? rangeParam(...c.span) : String(c.raw));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** One change as a phrase for a citation: "Goodput of the pre-training run 80 % (cited: 90 %)", "… 2,048 (DeepSeek-V3’s; cited: 8,192)". */
export const changePhrase = (c: ScenarioChange): string =>
  `${c.label} ${c.value} (${c.run ? `${c.run}’s; ` : ''}cited: ${c.cited})`;

/** The query string of the changes, with the run they start from first (`?run=…&a.b=1`), or "" for the cited values. */
export const changesSearch = (changes: readonly ScenarioChange[], run: string | undefined): string =>
  changes.length ? withRun(changesQuery(changes), run) : '';
