/**
 * A scenario is a set of reader overrides; in a URL, one query parameter per input id. Every value
 * is judged on its own: a link applies each good value and refuses only the bad ones, each with a
 * notice in the reader's words (src/lib/messages.ts).
 */
import type { EngineCause } from './engine/engine';
import type { Input, Model } from './engine/model';
import type { Overrides } from './engine/evaluate';
import { parseInput } from './engine/parse-input';
import { notComputableMessage, refusedNotice, relationMessage, repeatedNotice, valueText } from './messages';
import type { ScenarioNotice } from './messages';
import { middleOf, parseRange } from './engine/parse-range';
import { isScenarioKey, SCENARIO_KEYS } from './scenario-keys';

export type { ScenarioNotice } from './messages';

/**
 * Reads overrides from a query string with the input grammar (a bare number is in the input's
 * stored unit). Keys that are not the scenario's are left alone, and so are the scenario's keys
 * that are not inputs (their own scripts read them). A repeated key counts once, with its last
 * value, and gets a notice; a value that breaks a relation with another input (active parameters
 * above the total) is refused. What this returns needs no engine, so the scenario summary and the
 * citation read it too; `judgeScenario` then refuses what the engine cannot compute.
 */
export function parseScenario(
  search: string,
  model: Pick<Model, 'quantities' | 'units' | 'aliases'>,
): { overrides: Record<string, number>; notices: ScenarioNotice[]; spans: Record<string, [number, number]> } {
  const given = new Map<string, string[]>();
  /** Ranges a link gives (`id=low..high`, issue 15): the input takes the middle, the range goes to its numbers' ranges. */
  const spans: Record<string, [number, number]> = {};
  const notices: ScenarioNotice[] = [];
  for (const [param, raw] of new URLSearchParams(search)) {
    if (!isScenarioKey(param) || SCENARIO_KEYS.includes(param)) continue; // not an input (utm_source and the like)
    if (!given.has(param)) given.set(param, []);
    given.get(param)!.push(raw);
  }
  const parsed: Record<string, number> = {};
  for (const [param, raws] of given) {
    const name = param.length > 80 ? `${param.slice(0, 80)}…` : param;
    // A former id (an alias) still sets its quantity: an old link keeps working.
    const id = (model.aliases && Object.hasOwn(model.aliases, param) ? model.aliases[param] : undefined) ?? param;
    const q = Object.hasOwn(model.quantities, id) ? model.quantities[id] : undefined;
    if (!q) {
      notices.push({
        param: name,
        message: `“${name}” is not a quantity on this site, so the link’s value was ignored.`,
      });
      continue;
    }
    if (q.kind !== 'input') {
      notices.push({
        param,
        message: `${q.label} is computed from other values and cannot be set, so the link’s value was ignored.`,
      });
      continue;
    }
    const raw = raws.at(-1)!;
    const range = parseRange(q, raw, model.units?.[q.unit], 'stored');
    if (range?.ok && range.low < range.high) spans[id] = [range.low, range.high];
    const r = range?.ok
      ? { ok: true as const, value: middleOf(q, range.low, range.high) }
      : (range ?? parseInput(q, raw, model.units?.[q.unit], 'stored'));
    if (raws.length > 1)
      notices.push({
        param,
        message: repeatedNotice(q, param, raws.length, r.ok ? valueText(q, r.value) : `“${raw}”`),
      });
    if (r.ok) parsed[id] = r.value;
    else notices.push({ param, message: refusedNotice(r.error.message) });
  }
  // Relations, against the other values of the link (or the cited ones).
  const valueOf = (id: string) => parsed[id] ?? (model.quantities[id] as Input).value;
  const overrides: Record<string, number> = {};
  for (const [id, v] of Object.entries(parsed)) {
    const broken = relationMessage(model, id, v, valueOf);
    if (broken) {
      delete parsed[id]; // refused: the link's other values are judged against the cited one
      delete spans[id];
      notices.push({ param: id, message: refusedNotice(broken) });
    } else if (v !== (model.quantities[id] as Input).value) overrides[id] = v;
  }
  return { overrides, notices, spans };
}

/** The outcome of evaluating a scenario: ok, or the quantity that failed and how. */
export type Evaluation = { ok: true } | { ok: false; error: { quantity: string; failure: EngineCause } };

/**
 * Judges each of a link's values on its own against the engine: adds them one at a time (in the
 * link's order) and refuses only a value with which some result cannot be computed, keeping the
 * others. `onThisPage` says whether a quantity is shown on the page, for the message.
 */
export function judgeScenario(
  overrides: Readonly<Record<string, number>>,
  evaluate: (o: Overrides) => Evaluation,
  model: Pick<Model, 'quantities' | 'pages'>,
  onThisPage: (id: string) => boolean,
): { overrides: Record<string, number>; refused: string[]; notices: ScenarioNotice[] } {
  const accepted: Record<string, number> = {};
  const refused: string[] = [];
  const notices: ScenarioNotice[] = [];
  if (evaluate(overrides).ok) return { overrides: { ...overrides }, refused, notices };
  for (const [id, value] of Object.entries(overrides)) {
    const r = evaluate({ ...accepted, [id]: value });
    if (r.ok) accepted[id] = value;
    else {
      refused.push(id);
      notices.push({
        param: id,
        message: refusedNotice(notComputableMessage(model, { id, value }, r.error, onThisPage)),
      });
    }
  }
  return { overrides: accepted, refused, notices };
}

/** A query string without the given keys (the values a page refused), every other key as it was. */
export function withoutKeys(search: string, keys: readonly string[]): string {
  const params = new URLSearchParams(search);
  for (const k of keys) params.delete(k);
  const s = params.toString().replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}

/** The query string of a scenario, inputs in id order, values in each input's own unit. */
export function scenarioQuery(overrides: Overrides, model: Pick<Model, 'quantities'>): string {
  const params = new URLSearchParams();
  for (const id of Object.keys(overrides).sort()) {
    const q = model.quantities[id] as Input | undefined;
    if (q && overrides[id] !== q.value) params.set(id, String(overrides[id]));
  }
  const s = params.toString().replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}
