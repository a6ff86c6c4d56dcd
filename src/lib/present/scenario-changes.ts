/** The "what your edits changed" table: which of a page's numbers differ from their cited values, and by how much. */
import type { Values } from '../engine/evaluate';
import { formatNumber, formatQuantity } from '../engine/format';
import type { Model } from '../engine/model';

/** A number of the page at its cited value, as the server renders its row. */
export interface ChangeRow {
  id: string;
  label: string;
  /** In the quantity's display unit. */
  cited: number;
  citedText: string;
}

/** The rows for the quantities a page shows, in the order given. */
export function changeRows(model: Model, cited: Values, ids: readonly string[]): ChangeRow[] {
  return ids.map((id) => {
    const q = model.quantities[id];
    if (!q) throw new Error(`Unknown quantity id "${id}" in the change table.`);
    return { id, label: q.label, cited: cited[id]!, citedText: formatQuantity(q, cited[id]!).text };
  });
}

/** Whether a value differs from the cited one by more than floating-point noise. */
export function differs(cited: number, value: number): boolean {
  return Math.abs(value - cited) > 1e-9 * Math.max(Math.abs(cited), Math.abs(value));
}

/** The change from the cited value, in percent of it: "−50 %", "+12.5 %"; "from zero" when the cited value is 0. */
export function changeText(cited: number, value: number): string {
  if (cited === 0) return 'from zero';
  const pct = ((value - cited) / Math.abs(cited)) * 100;
  const text = formatNumber(Math.abs(pct), { digits: 3 });
  if (text === '0') return '0 %';
  return `${pct < 0 ? '−' : '+'}${text} %`;
}

/** One changed number as the reader sees it. */
export interface ChangeView {
  id: string;
  valueText: string;
  change: string;
}

/** The rows whose value under `values` differs from the cited one, with their new text and change. */
export function changedNumbers(
  model: Model,
  rows: readonly Pick<ChangeRow, 'id' | 'cited'>[],
  values: Readonly<Values>,
): ChangeView[] {
  return rows.flatMap((r) => {
    const v = values[r.id];
    if (v === undefined || !differs(r.cited, v)) return [];
    return [{ id: r.id, valueText: formatQuantity(model.quantities[r.id]!, v).text, change: changeText(r.cited, v) }];
  });
}

/** What the live region says: how many numbers differ, or nothing once none does. */
export function changesStatus(count: number): string {
  if (count === 0) return '';
  return `${count} ${count === 1 ? 'number' : 'numbers'} on this page ${count === 1 ? 'differs' : 'differ'} from the cited values; the table “What your edits changed” lists them.`;
}
