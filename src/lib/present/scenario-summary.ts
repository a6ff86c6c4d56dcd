/**
 * What a scenario link changes, for the page's scenario summary and its citation.
 * Runs in the browser without the engine (no mathjs), so it reads only plain numbers in each
 * input's own unit, as `scenarioQuery` writes them, and refuses anything else.
 */
import { formatNumber, formatQuantity } from '../engine/format';
import { displayUnit, type Input, type Model } from '../engine/model';

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
}

/** A plain decimal number, as `String(n)` writes one; no units, no thousands separators. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A value of `input` (in its own unit) as the page writes it: "90 %", "51 h". */
export function inputText(input: Input, v: number): string {
  const shown = displayUnit(input);
  if (shown === input.unit) return formatQuantity(input, v).text;
  if (input.unit === '1' && shown === '%') return formatQuantity(input, v * 100).text;
  // Any other display unit needs the engine to convert; say it in the stored unit instead.
  return `${formatNumber(v, input.format)} ${input.unit}`;
}

/** A URL parameter's value for `input`, or undefined when the page's live script would not accept it. */
function accepted(input: Input, raw: string): number | undefined {
  const text = raw.trim();
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const v = Number(text);
  if (!Number.isFinite(v)) return undefined;
  if (input.options && !input.options.some((o) => o.value === v)) return undefined;
  if (input.integer && !Number.isInteger(v)) return undefined;
  if (v < (input.min ?? 0) || v > (input.max ?? Number.MAX_VALUE)) return undefined;
  return v;
}

/** The inputs a query string changes from their cited values, in id order; unknown or bad parameters are ignored. */
export function scenarioChanges(search: string, model: Pick<Model, 'quantities'>): ScenarioChange[] {
  const found = new Map<string, number>();
  for (const [param, raw] of new URLSearchParams(search)) {
    const q = Object.hasOwn(model.quantities, param) ? model.quantities[param] : undefined;
    if (q?.kind !== 'input') continue;
    const v = accepted(q, raw);
    if (v === undefined) continue;
    if (v === q.value) found.delete(param);
    else found.set(param, v);
  }
  return [...found.keys()].sort().map((id) => {
    const q = model.quantities[id] as Input;
    const raw = found.get(id)!;
    const option = (v: number) => q.options?.find((o) => o.value === v)?.label;
    return {
      id,
      label: q.label,
      cited: option(q.value) ?? inputText(q, q.value),
      value: option(raw) ?? inputText(q, raw),
      raw,
    };
  });
}

/** The query string of the changes (`?a.b=1&c.d=2`), or "" for the cited values. */
export function changesQuery(changes: readonly ScenarioChange[]): string {
  const params = new URLSearchParams();
  for (const c of changes) params.set(c.id, String(c.raw));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** One change as a phrase for a citation: "Goodput of the pre-training run 80 % (cited: 90 %)". */
export const changePhrase = (c: ScenarioChange): string => `${c.label} ${c.value} (cited: ${c.cited})`;
