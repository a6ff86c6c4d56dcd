/**
 * The live page: owns the scenario, runs the engine and writes results into the page.
 * Loaded on demand (it pulls in mathjs); everything before it is static HTML that is already right.
 */
import { createEngine, type Engine, type Values } from '../lib/engine/evaluate';
import { formatQuantity } from '../lib/engine/format';
import type { Input, Model } from '../lib/engine/model';
import { parseInput } from '../lib/engine/parse-input';
import { showWork } from '../lib/present/formula-work';
import { fieldText } from '../lib/present/quantity';
import { parseScenario, scenarioQuery } from '../lib/scenario';
import { showNotices } from './dom';
import { renderNumbers, type QuantityText, type Shown } from './page-numbers';
import { SCENARIO_WRITTEN, VALUES_APPLIED, type ValuesApplied } from './events';
import { fieldErrors, fieldTexts, overrides } from './store';

let engine: Engine | undefined;
let values: Values = {};
/** Every quantity's text under the current values. */
const texts: Record<string, QuantityText> = {};
/** Work lines written for the current values, made when a line is shown; cleared for what changes. */
const works = new Map<string, string>();
/** Terms already written into work lines for the current values. */
const termTexts = new Map<string, string>();

/** What the page shows now; work lines are written only when the page asks for one. */
const shown: Shown = {
  text: (id) => texts[id],
  work: (id) => {
    let w = works.get(id);
    if (w === undefined) {
      w = showWork(engine!.model, values, id, termTexts);
      if (w !== undefined) works.set(id, w);
    }
    return w;
  },
};

/** Reads the page's model, applies the URL's scenario and renders it. Safe to call twice. */
export function start(): void {
  if (engine) return;
  const el = document.getElementById('mai-model');
  if (!el?.textContent) return;
  engine = createEngine(JSON.parse(el.textContent) as Model);
  const cited = engine.evaluate();
  if (!cited.ok) throw cited.error; // the build checked the cited values; this cannot happen
  values = cited.value;
  const { overrides: fromUrl, notices } = parseScenario(location.search, engine.model);
  const messages = notices.map((n) => n.message);
  const scenario = engine.evaluate(fromUrl);
  if (scenario.ok) commit(fromUrl, scenario.value, engine.order);
  else {
    messages.push(`The link’s values were ignored: ${scenario.error.message}.`);
    commit({}, values, engine.order);
  }
  showNotices(messages);
}

/** Applies a reader's text for one input. A refused value leaves every result as it was. */
export function edit(id: string, text: string): void {
  if (!engine) start();
  const input = engine!.model.quantities[id] as Input;
  fieldTexts.value = { ...fieldTexts.value, [id]: text };
  const parsed = parseInput(input, text);
  if (!parsed.ok) return setError(id, parsed.error.message);
  const next = { ...overrides.value, [id]: parsed.value };
  if (parsed.value === input.value) delete next[id];
  const updated = engine!.update(values, next, [id]);
  if (!updated.ok) return setError(id, `${updated.error.message}.`);
  setError(id, undefined);
  commit(next, updated.value.values, updated.value.recomputed, id);
  writeUrl(next);
}

/** Puts a field's text back in canonical form (after the reader leaves it), unless it holds an error. */
export function settle(id: string): void {
  if (!engine || fieldErrors.value[id]) return;
  const input = engine.model.quantities[id] as Input;
  fieldTexts.value = { ...fieldTexts.value, [id]: fieldText(input, overrides.value[id] ?? input.value) };
}

/** Drops every override: the page shows the cited values again. */
export function reset(): void {
  if (!engine) start();
  const cited = engine!.evaluate();
  if (!cited.ok) return;
  fieldErrors.value = {};
  commit({}, cited.value, engine!.order);
  writeUrl({});
}

function setError(id: string, message: string | undefined): void {
  if (fieldErrors.value[id] === message) return;
  const next = { ...fieldErrors.value };
  if (message) next[id] = message;
  else delete next[id];
  fieldErrors.value = next;
}

/**
 * Makes a computed scenario the page's: store, numbers, fields and URL.
 * `editing` is the input the reader is typing in: its field keeps their text.
 */
function commit(next: Record<string, number>, nextValues: Values, changed: readonly string[], editing?: string): void {
  const model = engine!.model;
  values = nextValues;
  const fields: Record<string, string> = { ...fieldTexts.value };
  termTexts.clear();
  for (const id of changed) {
    const q = model.quantities[id]!;
    texts[id] = { value: values[id]!, ...formatQuantity(q, values[id]!) };
    if (q.kind === 'input' && id !== editing) fields[id] = fieldText(q, next[id] ?? q.value);
    // A derived quantity is recomputed whenever one of its terms is, so its work is among `changed`.
    works.delete(id);
  }
  renderNumbers(changed, shown);
  dispatchEvent(new CustomEvent<ValuesApplied>(VALUES_APPLIED, { detail: { values, changed } }));
  overrides.value = next;
  fieldTexts.value = fields;
}

/** Writes every number and work line again: hydration puts an island's server text back. */
export function repaint(): void {
  if (engine) renderNumbers(engine.order, shown);
}

let urlTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Records the scenario in the address bar, so that a copied link reproduces the view. Once typing
 * pauses: replaceState took most of an edit's time (~1 ms), and Chromium ignores it when called
 * more than 200 times in 10 s, as dragging a slider does.
 */
function writeUrl(next: Record<string, number>): void {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(() => {
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${scenarioQuery(next, engine!.model)}${location.hash}`,
    );
    dispatchEvent(new Event(SCENARIO_WRITTEN));
  }, 100);
}
