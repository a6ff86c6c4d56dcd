/** What the comparison page shows of the runs: one cell per run and quantity, rows for the table, bars for the chart. */
import { formatQuantity } from '../engine/format';
import { displayUnit, type Model } from '../engine/model';
import type { RunResult } from '../runs/evaluate';
import { COMPARE_PREFIX, isRunFigure } from '../runs/model';

/** What a cell says when a run's figures do not determine the quantity. */
export const NOT_PUBLISHED = 'not published';

/** One run's value of one comparison quantity, as a reader sees it. */
export interface RunCell {
  runId: string;
  runLabel: string;
  /** Whether the run's own figures determine the value. */
  published: boolean;
  value: number | undefined;
  /** The engine's text of the value, or "not published". */
  text: string;
  /** Every significant digit, for a tooltip. */
  exact: string | undefined;
  /** Conventions and assumptions the value rests on. */
  notes: string[];
  /** For a figure the run states: where it states it ("DeepSeek-V3 Technical Report, Table 1"). */
  citation: string | undefined;
  /** How the source's words became the number, where that needed reading. */
  reading: string | undefined;
}

/** A row of the table: one quantity across the runs. */
export interface ComparisonRow {
  id: string;
  label: string;
  meaning: string | undefined;
  cells: RunCell[];
}

/** The cell of quantity `id` for one run. Throws on an id outside the comparison, so a typo fails the build. */
export function runCell(model: Model, result: RunResult, id: string): RunCell {
  const q = model.quantities[id];
  if (!q || !id.startsWith(COMPARE_PREFIX))
    throw new Error(`Unknown comparison quantity "${id}"; see content/facts/comparison.yaml.`);
  const value = result.values[id];
  const stated = result.run.inputs[id];
  const source = stated && model.sources[stated.source];
  const base = { runId: result.run.id, runLabel: result.run.label, notes: result.notes[id] ?? [] };
  if (value === undefined)
    return {
      ...base,
      published: false,
      value,
      text: NOT_PUBLISHED,
      exact: undefined,
      citation: undefined,
      reading: undefined,
    };
  const { text, exact } = formatQuantity(q, value);
  return {
    ...base,
    published: true,
    value,
    text,
    exact,
    citation: stated && source ? `${source.title}, ${stated.locator}` : undefined,
    reading: stated?.reading,
  };
}

/** Rows of quantities `ids` across the runs. */
export function comparisonRows(model: Model, results: readonly RunResult[], ids: readonly string[]): ComparisonRow[] {
  return ids.map((id) => {
    const q = model.quantities[id]!;
    return {
      id,
      label: q.label,
      meaning: q.kind === 'derived' ? q.meaning : undefined,
      cells: results.map((r) => runCell(model, r, id)),
    };
  });
}

/** The figures a run states (MAI-Base-1's bound from the facts), in file order. */
export const figureIds = (model: Model): string[] =>
  Object.keys(model.quantities).filter((id) => isRunFigure(model, id));

/** The quantities computed from those figures, in file order: the rows of the comparison table. */
export const computedIds = (model: Model): string[] =>
  Object.keys(model.quantities).filter((id) => id.startsWith(COMPARE_PREFIX) && !isRunFigure(model, id));

/** The chart's quantities: the comparison the issue asked for, one panel each. */
export const CHART_IDS = [
  'compare.gpu_hours_per_trillion_tokens',
  'compare.h100_gpu_hours',
  'compare.tokens_per_gpu_second',
  'compare.mfu',
  'compare.active_share',
  'compare.h100_gpus',
  'compare.wall_days',
] as const;

/** One bar: a run's cell and its length as a part of the panel's full width (0 when not published). */
export interface ChartBar extends RunCell {
  fraction: number;
}

/**
 * Bars for quantity `id` across the runs. Shares (%) are drawn against 100 %, anything else
 * against the largest published value, so that a bar's length compares runs, not units.
 */
export function chartBars(model: Model, results: readonly RunResult[], id: string): ChartBar[] {
  const cells = results.map((r) => runCell(model, r, id));
  const share = displayUnit(model.quantities[id]!) === '%';
  const full = share ? 100 : Math.max(0, ...cells.map((c) => c.value ?? 0));
  return cells.map((c) => ({ ...c, fraction: c.value !== undefined && full > 0 ? Math.max(0, c.value / full) : 0 }));
}

/** A run's notes, numbered: every distinct note of its cells in `rows`, in order of first use. */
export function runNotes(rows: readonly ComparisonRow[], runId: string): string[] {
  const notes: string[] = [];
  for (const row of rows)
    for (const c of row.cells) if (c.runId === runId) for (const n of c.notes) if (!notes.includes(n)) notes.push(n);
  return notes;
}

/** Reads a run-qualified reference, `compare.gpu_hours@deepseek-v3`: the quantity at that run. */
export function parseRunRef(ref: string): { id: string; run: string } {
  const m = /^(compare\.[a-z0-9_]+)@([a-z0-9-]+)$/.exec(ref);
  if (!m) throw new Error(`"${ref}" is not a run reference; write it as compare.<name>@<run id>.`);
  return { id: m[1]!, run: m[2]! };
}
