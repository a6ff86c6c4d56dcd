/**
 * Progressive enhancement of the audit table: filter rows by verdict and by source, sort them by
 * claim id, verdict or source. Without JavaScript the whole table shows, in id order.
 * The choices are kept in the address (`?audit-verdict=…&audit-source=…&audit-sort=…`), so a link
 * shows the same rows. The keys have no dot, so they are never read as a reader's scenario, whose
 * keys are input ids (`topic.name`).
 * The count of rows shown is written beside the controls and, after a change, read out through the
 * page's one polite live region (announce.ts), not a region of its own.
 */
import { announce } from './announce';

/** The URL key of a control: `audit-verdict`, `audit-source`, `audit-sort`. */
const urlKey = (select: HTMLSelectElement): string => `audit-${select.dataset['filter'] ?? 'sort'}`;

/** Sets each control from the address, where the address names one of its options. */
function readUrl(selects: HTMLSelectElement[]): void {
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const value = params.get(urlKey(s));
    if (value !== null && [...s.options].some((o) => o.value === value)) s.value = value;
  }
}

/** Writes the controls into the address, leaving out those at their first (default) option. */
function writeUrl(selects: HTMLSelectElement[]): void {
  const url = new URL(location.href);
  for (const s of selects) {
    if (s.selectedIndex > 0) url.searchParams.set(urlKey(s), s.value);
    else url.searchParams.delete(urlKey(s));
  }
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}

/** Wires every audit table on the page. */
export function enhanceAuditTables(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-audit-table]')) enhance(root);
}

function enhance(root: HTMLElement): void {
  const body = root.querySelector('tbody');
  const controls = root.querySelector<HTMLElement>('[data-audit-controls]');
  const status = root.querySelector<HTMLElement>('[data-audit-status]');
  const sort = root.querySelector<HTMLSelectElement>('select[data-sort]');
  if (!body || !controls || !status || !sort) return;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-claim]')];
  const filters = [...controls.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const selects = [...filters, sort];

  const applyFilters = (): string => {
    let shown = 0;
    for (const row of rows) {
      const match = filters.every((f) => !f.value || row.dataset[f.dataset['filter']!] === f.value);
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = `Showing ${shown} of ${rows.length} claims.`;
    return status.textContent;
  };
  const applySort = () => body.append(...sortedRows(rows, sort.value));

  for (const f of filters) f.addEventListener('change', () => announce('audit-filter', applyFilters()));
  sort.addEventListener('change', applySort);
  for (const s of selects) s.addEventListener('change', () => writeUrl(selects));
  readUrl(selects);
  controls.hidden = false;
  applyFilters();
  if (sort.selectedIndex > 0) applySort();
}

/** The rows ordered by `data-sort-<key>` (numbers compare as numbers), ties in claim-id order. */
function sortedRows(rows: HTMLTableRowElement[], key: string): HTMLTableRowElement[] {
  const attr = `sort${key.charAt(0).toUpperCase()}${key.slice(1)}`;
  const value = (r: HTMLTableRowElement, a: string) => r.dataset[a] ?? '';
  return [...rows].sort(
    (a, b) =>
      value(a, attr).localeCompare(value(b, attr), 'en', { numeric: true }) ||
      value(a, 'sortId').localeCompare(value(b, 'sortId')),
  );
}
