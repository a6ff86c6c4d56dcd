/**
 * Writes the "what your edits changed" table for a set of applied values: shows the rows whose
 * number differs from the cited value, and says how many through the page's one polite live region
 * (announce.ts) once the reader pauses. Loaded by `scenario-changes` at the first VALUES_APPLIED. Text goes in only through `textContent`.
 */
import { formatQuantity } from '../lib/engine/format';
import { changedNumbers, changesStatus, type ChangeRow } from '../lib/present/scenario-changes';
import { announce } from './announce';
import type { ValuesApplied } from './events';
import { loadPageModel } from './loader';

/**
 * A function that renders the page's table for each applied set of values (a no-op on a page
 * without one). Values are applied only once the page's model is loaded (loader.ts).
 */
export async function tableRenderer(): Promise<(applied: ValuesApplied) => void> {
  const box = document.querySelector<HTMLElement>('[data-scenario-changes]');
  if (!box) return () => {};
  const model = (await loadPageModel())!;
  const cells = new Map<string, { tr: HTMLElement; value: HTMLElement; pct: HTMLElement }>();
  const rows: Pick<ChangeRow, 'id' | 'cited'>[] = [];
  const list = JSON.parse(box.querySelector('[data-change-rows]')?.textContent ?? '[]') as [string, string, number][];
  const cell = (tag: 'th' | 'td', text = '') => {
    const el = document.createElement(tag);
    el.textContent = text;
    return el;
  };
  box.querySelector('tbody')!.replaceChildren(
    ...list.map(([id, label, cited]) => {
      const tr = document.createElement('tr');
      tr.hidden = true;
      const th = cell('th', label);
      th.scope = 'row';
      const value = cell('td');
      const pct = cell('td');
      tr.append(th, cell('td', formatQuantity(model.quantities[id]!, cited).text), value, pct);
      rows.push({ id, cited });
      cells.set(id, { tr, value, pct });
      return tr;
    }),
  );
  let announced = '';
  return ({ values }) => {
    const changed = changedNumbers(model, rows, values);
    const shown = new Set(changed.map((c) => c.id));
    for (const c of changed) {
      const cell = cells.get(c.id)!;
      cell.value.textContent = c.valueText;
      cell.pct.textContent = c.change;
    }
    for (const [id, cell] of cells) cell.tr.hidden = !shown.has(id);
    box.hidden = changed.length === 0;
    const next = changesStatus(changed.length);
    if (next !== announced) announce('changes', (announced = next));
  };
}
