/**
 * Evaluates a comparison run with the site's engine. A run's stated figures replace the formulas
 * that bind MAI-Base-1's facts (content/facts/comparison.yaml), so every run goes through the same
 * comparison formulas; a comparison quantity that still depends on a figure the run does not
 * state is "not published" for it, and its number is dropped, never shown.
 */
import type { MakeEngine, Values } from '../engine/evaluate';
import { reachable } from '../engine/graph';
import { displayUnit, type Input, type Model, type Quantity } from '../engine/model';
import { COMPARE_PREFIX, type Run } from './model';

/** A figure behind a run's values, as `/facts.json` lists it: value in the quantity's display unit. */
export interface RunFigure {
  value: number;
  unit: string;
  source: string;
  locator: string;
  assumption: boolean;
  quote?: string;
  reading?: string;
  note?: string;
}

/** One run's outcome: its figures, the comparison values it publishes, and the notes of each cell. */
export interface RunResult {
  run: Run;
  /** The inputs behind the values: the run's stated figures, or for the cited run the site's inputs. */
  inputs: Record<string, RunFigure>;
  /** Comparison quantity id → value in its display unit; only what the run's figures determine. */
  values: Values;
  /** Comparison quantities the run's figures do not determine. */
  notPublished: string[];
  /** Comparison quantity id → the conventions and assumptions that its value rests on. */
  notes: Record<string, string[]>;
}

/** The comparison quantities of a model, in the model's order. */
export const compareIds = (model: Model): string[] =>
  Object.keys(model.quantities).filter((id) => id.startsWith(COMPARE_PREFIX));

/** The model as a run sees it: each figure the run states is an input at the run's value. */
export function runModel(model: Model, run: Run): Model {
  const quantities: Record<string, Quantity> = { ...model.quantities };
  for (const i of Object.values(run.inputs)) {
    const q = model.quantities[i.id]!;
    const input: Input = {
      id: q.id,
      label: q.label,
      unit: q.unit,
      ...(q.display_unit ? { display_unit: q.display_unit } : {}),
      ...(q.symbol !== undefined ? { symbol: q.symbol } : {}),
      ...(q.format ? { format: q.format } : {}),
      file: run.file,
      kind: 'input',
      value: i.value,
      source: i.source,
      locator: i.locator,
      assumption: i.assumption,
    };
    quantities[i.id] = input;
  }
  return { ...model, quantities };
}

/**
 * Evaluates one run: the same engine, the run's figures as overrides. Throws if the figures cannot
 * be computed. `createEngine` makes the engine of the run's model (src/data/program.ts's).
 */
export function evaluateRun(model: Model, run: Run, createEngine: MakeEngine): RunResult {
  const m = run.cited ? model : runModel(model, run);
  const engine = createEngine(m);
  const overrides = Object.fromEntries(Object.values(run.inputs).map((i) => [i.id, i.value]));
  const result = engine.evaluate(overrides);
  if (!result.ok) throw new Error(`${run.file}: "${run.id}": ${result.error.message}`);
  const stated = new Set(Object.keys(run.inputs));
  const ids = compareIds(m);

  const values: Values = {};
  const notPublished: string[] = [];
  const notes: Record<string, string[]> = {};
  const used = new Set<string>();
  for (const id of ids) {
    const behind = engine.inputsOf(id);
    const published = run.cited || stated.has(id) || behind.every((i) => stated.has(i));
    if (!published) {
      notPublished.push(id);
      continue;
    }
    values[id] = result.value[id]!;
    behind.forEach((i) => used.add(i));
    if (m.quantities[id]!.kind === 'input') used.add(id);
    const closure = [id, ...reachable(engine.deps, [id])];
    notes[id] = engine.order.filter((d) => closure.includes(d) && run.conventions[d]).map((d) => run.conventions[d]!);
  }

  const inputs: Record<string, RunFigure> = {};
  for (const id of engine.order.filter((i) => used.has(i))) {
    const q = m.quantities[id] as Input;
    const stated = run.inputs[id];
    inputs[id] = {
      value: result.value[id]!,
      unit: displayUnit(q),
      source: q.source,
      locator: q.locator,
      assumption: q.assumption,
      ...((stated?.quote ?? q.quote) ? { quote: stated?.quote ?? q.quote } : {}),
      ...((stated?.reading ?? q.reading) ? { reading: stated?.reading ?? q.reading } : {}),
      ...((stated?.note ?? q.note) ? { note: stated?.note ?? q.note } : {}),
    };
  }
  return { run, inputs, values, notPublished, notes };
}
