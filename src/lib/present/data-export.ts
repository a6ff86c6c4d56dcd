/** The site's numbers as downloadable tables: one row per quantity, for a page or the whole site. */
import type { Engine, Values } from '../engine/evaluate';
import { displayUnit, type Model, type Quantity } from '../engine/model';
import { unitScale } from '../engine/units';
import { toCsv } from './csv';

/** The columns of a data download, in order. */
export const DATA_COLUMNS = [
  'id',
  'label',
  'kind',
  'value',
  'unit',
  'stored_value',
  'stored_unit',
  'formula',
  'source',
  'locator',
  'citation',
  'low',
  'high',
] as const;

/**
 * One quantity as a row of a download; `value` is in `unit`, the unit the site shows it in, and
 * `stored_value` in `stored_unit`, the unit formulas compute with (90 % goodput is stored as 0.9).
 */
export interface DataRow {
  id: string;
  label: string;
  kind: 'input' | 'derived';
  value: number;
  unit: string;
  stored_value: number;
  stored_unit: string;
  formula: string;
  source: string;
  locator: string;
  citation: string;
  /** Its range at the sources' precision, in `unit` (low = high for an exact figure). */
  low: number;
  high: number;
}

/** A value of `q` in its display unit, converted to its own (stored) unit, to the engine's twelve significant digits. */
export function storedValue(q: Quantity, shown: number): number {
  const from = displayUnit(q);
  return from === q.unit ? shown : Number(((shown * unitScale(from)) / unitScale(q.unit)).toPrecision(12));
}

/**
 * The row of quantity `id` at `values`, with its range (display unit; by default the value, no
 * width). Inputs carry their source; derived quantities their formula.
 */
export function dataRow(model: Model, values: Values, id: string, range?: readonly [number, number]): DataRow {
  const q = model.quantities[id];
  if (!q) throw new Error(`Data download: unknown quantity id "${id}".`);
  const value = values[id]!;
  const common = {
    id,
    label: q.label,
    kind: q.kind,
    value,
    unit: displayUnit(q),
    stored_value: storedValue(q, value),
    stored_unit: q.unit,
    low: range?.[0] ?? value,
    high: range?.[1] ?? value,
  };
  if (q.kind === 'derived') return { ...common, formula: q.formula, source: '', locator: '', citation: '' };
  const s = model.sources[q.source]!;
  const citation = [
    `${s.author}, “${s.title}”`,
    s.date && ` (${s.date})`,
    s.url && `, ${s.url}`,
    `, ${q.locator}`,
    q.quote && `: “${q.quote}”`,
    q.assumption ? ' (an assumption)' : '',
  ].join('');
  return { ...common, formula: '', source: s.id, locator: q.locator, citation };
}

/** `shown` and every quantity they are computed from, in the engine's evaluation order. */
export function withDependencies(engine: Engine, shown: readonly string[]): string[] {
  const need = new Set<string>();
  const visit = (id: string): void => {
    if (need.has(id)) return;
    need.add(id);
    engine.deps[id]?.forEach(visit);
  };
  shown.forEach(visit);
  return engine.order.filter((id) => need.has(id));
}

/** Rows as CSV with the `DATA_COLUMNS` header. */
export function dataCsv(rows: readonly DataRow[]): string {
  return toCsv(
    DATA_COLUMNS,
    rows.map((r) => DATA_COLUMNS.map((c) => r[c])),
  );
}

/** Inverts quantity id → page paths into page path → ids shown there (ids in evaluation order). */
export function idsByPage(pages: Readonly<Record<string, string[]>>, order: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of order)
    for (const path of pages[id] ?? []) {
      const list = out.get(path);
      if (list) list.push(id);
      else out.set(path, [id]);
    }
  return out;
}

/** The data file name of a page path: `/docs/pretraining/` → `pretraining`, the home page → `index`. */
export function pageSlug(path: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
  return rest.replace(/\/$/, '').replaceAll('/', '--') || 'index';
}
