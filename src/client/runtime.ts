/**
 * The live page: owns the scenario (the browser's one copy of the page's state), runs the engine
 * and writes results into the page. Loaded on first intent through loader.ts. It runs the formulas
 * compiled at build time (virtual:mai-numbers/program, plain functions) and reads a reader's text
 * with the one input grammar: no mathjs.
 */
import { programOf } from 'virtual:mai-numbers/program';
import { createEngine, type Engine, type Values } from '../lib/engine/engine';
import { formatQuantity } from '../lib/engine/format';
import type { Input, Model } from '../lib/engine/model';
import { parseInput } from '../lib/engine/parse-input';
import { showWork } from '../lib/present/formula-work';
import { FIELD, NUMBER } from '../lib/present/number-markup';
import { resetMessage } from '../lib/present/reset-message';
import { notComputableMessage, percentHint, relationMessage } from '../lib/messages';
import { judgeScenario, parseScenario, scenarioQuery, withoutKeys } from '../lib/scenario';
import { hasScenario } from '../lib/scenario-keys';
import { runOf, switchRun, withRun } from '../lib/runs/scenario';
import { readRuns } from './runs-data';
import { showNotices } from './dom';
import {
  calculatorInputs,
  flushFieldError,
  sharedWith,
  writeFieldChanged,
  writeFieldError,
  writeFieldHint,
  writeFieldText,
  writeResetStatus,
  writeResettable,
} from './fields';
import { announce } from './announce';
import { announceEdit } from './calc-summary';
import { collectNumbers, renderNumbers, type QuantityText, type Shown } from './page-numbers';
import { SCENARIO_WRITTEN, VALUES_APPLIED, type ValuesApplied } from './events';
import { whenIdle } from './when-idle';
import { fieldTextOf, readTypedRange, setSpan, withSpans, writeAllRanges, writeRanges } from './ranges';

let engine: Engine | undefined;
let values: Values = {};
/** Reader overrides: input id → value in the input's own unit. */
let overrides: Record<string, number> = {};
/** The comparison run the scenario starts from (`?run=`), if any; edits are on top of it. */
let run: string | undefined;
/** The message of each input whose last edit was refused. */
const errors = new Map<string, string>();
/** Quantities' texts under the current values, made when a number is written; cleared for what changes. */
const texts = new Map<string, QuantityText>();
/** Work lines written for the current values, made when a line is shown; cleared for what changes. */
const works = new Map<string, string>();
/** Terms already written into work lines for the current values. */
const termTexts = new Map<string, string>();

/** What the page shows now; work lines are written only when the page asks for one. */
const shown: Shown = {
  text: (id) => {
    let t = texts.get(id);
    const q = engine!.model.quantities[id];
    if (t === undefined && q) texts.set(id, (t = { value: values[id]!, ...formatQuantity(q, values[id]!) }));
    return t;
  },
  work: (id) => {
    let w = works.get(id);
    if (w === undefined) {
      w = showWork(engine!, values, id, termTexts);
      if (w !== undefined) works.set(id, w);
    }
    return w;
  },
};

/**
 * Builds the engine for the page's model, loaded by loader.ts before the runtime starts
 * (page-model.ts), and applies the URL's scenario. A page opened without one shows the
 * cited values already (static HTML), so starting writes nothing and a reader's first edit is
 * applied at once; a page opened with a scenario is written in full. Safe to call twice. Without a
 * model (its file did not load, is not a model, or does not fit the compiled formulas: loader.ts)
 * it says so in the page's notices, in the page's words (`data-model-failed`, LivePage.astro), and
 * builds no engine: the page keeps its cited numbers. The loader (loader.ts) hands the runtime
 * to the page's scripts only once it has started, so `edit`, `reset` and `applyRun` have an engine.
 */
export function start(model: Model | null): void {
  if (engine) return;
  // programOf throws for a model that does not fit the compiled formulas: the loader then starts without one.
  if (model) engine = createEngine(model, programOf(model));
  if (!engine)
    return showNotices([
      { param: 'model', message: document.querySelector('[data-model-failed]')!.getAttribute('data-model-failed')! },
    ]);
  const cited = engine.evaluate();
  if (!cited.ok) throw cited.error; // the build checked the cited values; this cannot happen
  values = cited.value;
  if (!hasScenario(location.search)) return whenIdle(prepareFirstEdit, { timeout: 1000, fallback: 50 });
  const { overrides: fromUrl, notices, spans } = parseScenario(location.search, engine.model);
  // Each value on its own: the ones with which something cannot be computed are refused, the rest kept.
  const judged = judgeScenario(fromUrl, (o) => engine!.evaluate(o), engine.model, onThisPage);
  for (const [id, span] of Object.entries(spans)) if (!judged.refused.includes(id)) setSpan(id, span);
  const scenario = engine.evaluate(judged.overrides);
  run = runOf(location.search, readRuns());
  commit(judged.overrides, scenario.ok ? scenario.value : values, engine.order);
  showNotices([...notices, ...judged.notices]);
  if (judged.refused.length) {
    // The summary and the citation read the URL: drop what the page refused, so that all three agree.
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${withoutKeys(location.search, judged.refused)}${location.hash}`,
    );
    dispatchEvent(new Event(SCENARIO_WRITTEN));
  }
}

/** Whether the engine is built: `start` built it. */
export const started = (): boolean => engine !== undefined;

/**
 * Does ahead what a reader's first edit would otherwise pay for, once the runtime has loaded before
 * it (a calculator scrolled into the window, boot.ts): finding the page's numbers, and the first
 * formatting of each quantity's text, which makes the browser's number formats.
 */
function prepareFirstEdit(): void {
  collectNumbers();
  for (const id of engine!.order) shown.text(id);
}

/** Whether the page shows a quantity (a number, a result or a field of it). */
const onThisPage = (id: string): boolean =>
  document.querySelector(`[${NUMBER.id}="${CSS.escape(id)}"], [${FIELD.id}="${CSS.escape(id)}"]`) !== null;

/**
 * Applies a reader's text for one input; `from` is the control they typed in, which keeps their
 * text. A refused value leaves every result as it was.
 */
export function edit(id: string, text: string, from?: Element): void {
  const model = engine!.model;
  const input = model.quantities[id] as Input;
  // A range ("85–90 %") sets the input to its middle and carries into every range (ranges.ts).
  const ranged = readTypedRange(input, text, model);
  if (ranged && !ranged.ok) return setError(id, ranged.message, from);
  const parsed = ranged ?? parseInput(input, text, model.units?.[input.unit]);
  // Only typed text can be ambiguous: a slider at 0.5 means 0.5 %.
  const typed = from instanceof HTMLInputElement && from.type === 'text';
  const hint = typed && !ranged ? percentHint(input, text) : undefined;
  writeFieldHint(id, hint);
  writeResetStatus(undefined, '');
  if (!parsed.ok) return setError(id, parsed.error.message, from);
  const valueOf = (other: string) => overrides[other] ?? (model.quantities[other] as Input).value;
  const broken = relationMessage(model, id, parsed.value, valueOf);
  if (broken) return setError(id, broken, from);
  const next = { ...overrides, [id]: parsed.value };
  if (parsed.value === input.value) delete next[id];
  const updated = engine!.update(values, next, [id]);
  if (!updated.ok)
    return setError(id, notComputableMessage(model, { id, value: parsed.value }, updated.error, onThisPage), from);
  setError(id, undefined);
  setSpan(id, ranged?.span);
  // The field's other controls (a slider beside the text, the same input elsewhere) follow.
  commit(next, updated.value.values, updated.value.recomputed, from);
  announceEdit(from, updated.value.recomputed, hint);
  writeUrl(next);
}

/** Puts a field's text back in canonical form (after the reader leaves it), unless it holds an error. */
export function settle(id: string): void {
  flushFieldError(id);
  if (!engine || errors.has(id)) return;
  const input = engine.model.quantities[id] as Input;
  writeFieldText(id, fieldTextOf(input, overrides[id] ?? input.value));
}

/**
 * Puts the inputs of calculator `form` back to their cited values (every input, with no form). An
 * input that another calculator on the page shows is reset there too, and the message says where.
 */
export function reset(form?: Element): void {
  const model = engine!.model;
  const mine = new Set(form ? calculatorInputs(form) : [...Object.keys(overrides), ...errors.keys()]);
  const next = Object.fromEntries(Object.entries(overrides).filter(([id]) => !mine.has(id)));
  const dropped = Object.keys(overrides).filter((id) => mine.has(id));
  const refused = [...errors.keys()].filter((id) => mine.has(id));
  const updated = engine!.update(values, next, dropped);
  // Fewer overrides than before always evaluate, unless the remaining ones only worked together with
  // these: then everything goes back to the cited values.
  if (!updated.ok) return reset();
  for (const id of mine) setSpan(id, undefined);
  for (const id of refused) setError(id, undefined);
  for (const id of mine) writeFieldHint(id, undefined);
  const changed = [...new Set([...updated.value.recomputed, ...refused])];
  commit(next, updated.value.values, changed, undefined, refused);
  writeUrl(next);
  if (!form) return;
  const resetIds = [...new Set([...dropped, ...refused])];
  const shared = sharedWith(form, resetIds).map((s) => ({
    calculator: s.calculator,
    labels: s.ids.map((id) => model.quantities[id]!.label),
  }));
  const message = resetMessage(mine.size, shared);
  writeResetStatus(form, message);
  announce('edit', message);
}

/**
 * Brings a comparison run's published figures into the page (`id`), or takes the current run's
 * out (none): the reader's own edits stay, except on the inputs the new run sets.
 */
export function applyRun(id: string | undefined): void {
  const runs = readRuns();
  const next = switchRun(overrides, run ? runs[run] : undefined, id ? runs[id] : undefined);
  const refused = Object.keys(id ? runs[id]!.overrides : {}).filter((i) => errors.has(i));
  const updated = engine!.update(values, next, [...Object.keys(next), ...Object.keys(overrides), ...refused]);
  if (!updated.ok)
    return showNotices([
      {
        param: 'run',
        message: 'The run’s figures were not applied: with them, a result on this site cannot be computed.',
      },
    ]);
  for (const i of refused) setError(i, undefined);
  run = id;
  commit(next, updated.value.values, updated.value.recomputed, undefined, refused);
  writeUrl(next);
}

/** The comparison run the page's scenario starts from, if any. */
export const currentRun = (): string | undefined => run;

function setError(id: string, message: string | undefined, from?: Element): void {
  if (errors.get(id) === message) return;
  if (message) errors.set(id, message);
  else errors.delete(id);
  writeFieldError(id, message, from);
  writeResettable(resettable());
}

/** The inputs a reset would change: those the reader changed, and those whose last edit was refused. */
const resettable = (): Set<string> => new Set([...Object.keys(overrides), ...errors.keys()]);

/**
 * Makes a computed scenario the page's: state, numbers, fields and URL. `editing` is the control
 * the reader is typing in: it keeps their text. A field is written only where its value changes
 * from or to an override (or `rewrite` lists it): the static HTML shows the cited text already, and
 * a field the reader typed in before the runtime loaded keeps their text.
 */
function commit(
  next: Record<string, number>,
  nextValues: Values,
  changed: readonly string[],
  editing?: Element,
  rewrite: readonly string[] = [],
): void {
  const model = engine!.model;
  values = nextValues;
  termTexts.clear();
  for (const id of changed) {
    const q = model.quantities[id]!;
    texts.delete(id);
    if (q.kind === 'input' && (id in next || id in overrides || rewrite.includes(id))) {
      writeFieldText(id, fieldTextOf(q, next[id] ?? q.value), editing);
      writeFieldChanged(id, id in next);
    }
    // A derived quantity is recomputed whenever one of its terms is, so its work is among `changed`.
    works.delete(id);
  }
  renderNumbers(changed, shown);
  rangesDue(next, changed);
  overrides = next;
  if (!Object.keys(next).length) run = undefined; // nothing left of the run
  writeResettable(resettable());
  dispatchEvent(new CustomEvent<ValuesApplied>(VALUES_APPLIED, { detail: { values, changed } }));
}

/** Quantities whose ranges are to be written in the coming frame, and the overrides to write them for. */
const rangeIds = new Set<string>();
let rangeOverrides: Readonly<Record<string, number>> = {};
let rangeFrame: number | undefined;

/** Writes the ranges due (ranges.ts), before the frame is painted; `beforeprint` brings them up to date too. */
function writeDueRanges(): void {
  if (rangeFrame !== undefined) cancelAnimationFrame(rangeFrame);
  rangeFrame = undefined;
  writeRanges(engine!, rangeOverrides, rangeIds);
  rangeIds.clear();
}

/**
 * Marks the ranges of `changed` to be written in the next animation frame, before it is painted,
 * as the work lines are (page-numbers.ts): the numbers come first, a range's corners and probes
 * cost an edit more than all its numbers, and a burst of edits (a dragged slider) writes each range
 * once a frame.
 */
function rangesDue(next: Readonly<Record<string, number>>, changed: readonly string[]): void {
  rangeOverrides = next;
  for (const id of changed) rangeIds.add(id);
  if (rangeFrame !== undefined) return;
  if (!printListening) {
    printListening = true;
    addEventListener('beforeprint', () => rangeFrame !== undefined && writeDueRanges());
  }
  rangeFrame = requestAnimationFrame(writeDueRanges);
}
let printListening = false;

/** Writes every range on the page now (the prose toggle turned on), the ones due first. */
export function refreshRanges(): void {
  if (rangeFrame !== undefined) writeDueRanges();
  writeAllRanges();
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
      `${location.pathname}${withRun(withSpans(scenarioQuery(next, engine!.model)), run)}${location.hash}`,
    );
    dispatchEvent(new Event(SCENARIO_WRITTEN));
  }, 100);
}
