/** A scenario is a set of reader overrides; in a URL, one query parameter per input id. */
import type { Input, Model } from './engine/model';
import type { Overrides } from './engine/evaluate';
import { parseInput } from './engine/parse-input';
import { middleOf, parseRange } from './engine/parse-range';
import { isScenarioKey, SCENARIO_KEYS } from './scenario-keys';

/** A URL parameter that was ignored, and why. */
export interface ScenarioNotice {
  param: string;
  message: string;
}

/**
 * Reads overrides from a query string with the input grammar (a bare number is in the input's
 * stored unit). Keys that are not the scenario's are left alone, and so are the scenario's keys
 * that are not inputs (their own scripts read them).
 */
export function parseScenario(
  search: string,
  model: Pick<Model, 'quantities' | 'units'>,
): { overrides: Record<string, number>; notices: ScenarioNotice[]; spans: Record<string, [number, number]> } {
  const overrides: Record<string, number> = {};
  /** Ranges a link gives (`id=low..high`, issue 15): the input takes the middle, the range goes to its numbers' ranges. */
  const spans: Record<string, [number, number]> = {};
  const notices: ScenarioNotice[] = [];
  for (const [param, raw] of new URLSearchParams(search)) {
    if (!isScenarioKey(param) || SCENARIO_KEYS.includes(param)) continue; // not an input (utm_source and the like)
    const name = param.length > 80 ? `${param.slice(0, 80)}…` : param;
    const q = Object.hasOwn(model.quantities, param) ? model.quantities[param] : undefined;
    if (!q) {
      notices.push({ param: name, message: `“${name}” is not a quantity on this site, so it was ignored.` });
      continue;
    }
    if (q.kind !== 'input') {
      notices.push({
        param,
        message: `“${param}” is computed from other values and cannot be set, so it was ignored.`,
      });
      continue;
    }
    const range = parseRange(q, raw, model.units?.[q.unit], 'stored');
    delete spans[param];
    if (range?.ok && range.low < range.high) spans[param] = [range.low, range.high];
    const r = range?.ok
      ? { ok: true as const, value: middleOf(q, range.low, range.high) }
      : (range ?? parseInput(q, raw, model.units?.[q.unit], 'stored'));
    if (r.ok) {
      // The last value of a key counts, as URLSearchParams.get would read it.
      if (r.value !== q.value) overrides[param] = r.value;
      else delete overrides[param];
    } else notices.push({ param, message: `The value of “${param}” was ignored: ${r.error.message}` });
  }
  return { overrides, notices, spans };
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
