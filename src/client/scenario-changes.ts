/**
 * The "what your edits changed" table in the browser: on every VALUES_APPLIED (the URL's scenario
 * on load, an edit, a reset) it shows the rows whose number differs from the cited value, and says
 * how many in a polite live region once the reader pauses. Text goes in only through `textContent`.
 */
import type { Model } from '../lib/engine/model';
import { changedNumbers, changesStatus, type ChangeRow } from '../lib/present/scenario-changes';
import { VALUES_APPLIED, type ValuesApplied } from './events';

/** How long the count waits for typing to pause before it is announced. */
const ANNOUNCE_DELAY_MS = 600;

/** Starts listening; does nothing on a page without the table. */
export function startScenarioChanges(): void {
  const box = document.querySelector<HTMLElement>('[data-scenario-changes]');
  const status = document.querySelector<HTMLElement>('[data-scenario-changes-status]');
  if (!box || !status) return;
  const cells = new Map<string, { tr: HTMLElement; value: HTMLElement; pct: HTMLElement }>();
  const rows: Pick<ChangeRow, 'id' | 'cited'>[] = [];
  for (const tr of box.querySelectorAll<HTMLElement>('[data-change-row]')) {
    const id = tr.dataset['changeRow']!;
    rows.push({ id, cited: Number(tr.dataset['changeCited']) });
    cells.set(id, { tr, value: tr.querySelector('[data-change-value]')!, pct: tr.querySelector('[data-change-pct]')! });
  }
  // The page's model gives each number's format; parsed at the first event, not on every page load.
  let model: Model | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let announced = '';
  addEventListener(VALUES_APPLIED, (e) => {
    const { values } = (e as CustomEvent<ValuesApplied>).detail;
    model ??= JSON.parse(document.getElementById('mai-model')!.textContent!) as Model;
    const changed = changedNumbers(model, rows, values);
    const shown = new Set(changed.map((c) => c.id));
    for (const c of changed) {
      const cell = cells.get(c.id)!;
      cell.value.textContent = c.valueText;
      cell.pct.textContent = c.change;
    }
    for (const [id, cell] of cells) cell.tr.hidden = !shown.has(id);
    box.hidden = changed.length === 0;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const next = changesStatus(changed.length);
      if (next !== announced) status.textContent = announced = next;
    }, ANNOUNCE_DELAY_MS);
  });
}
