/**
 * Progressive enhancement of the audit table: filter rows by verdict and by source, sort by a
 * column. Without JavaScript the whole table shows, in id order.
 */

type SortKey = 'id' | 'source' | 'verdict';

/** Wires every audit table on the page. */
export function enhanceAuditTables(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-audit-table]')) enhance(root);
}

function enhance(root: HTMLElement): void {
  const body = root.querySelector('tbody');
  const controls = root.querySelector<HTMLElement>('[data-audit-controls]');
  const status = root.querySelector<HTMLElement>('[data-audit-status]');
  if (!body || !controls || !status) return;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-claim]')];
  const filters = [...controls.querySelectorAll<HTMLSelectElement>('select[data-filter]')];

  const applyFilters = () => {
    let shown = 0;
    for (const row of rows) {
      const match = filters.every((f) => !f.value || row.dataset[f.dataset['filter']!] === f.value);
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = `Showing ${shown} of ${rows.length} claims.`;
  };
  for (const f of filters) f.addEventListener('change', applyFilters);

  for (const th of root.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')) {
    const key = th.dataset['sort'] as SortKey;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent?.trim() ?? key;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of root.querySelectorAll('thead th[aria-sort]')) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      sortRows(body, rows, key, ascending);
    });
  }

  controls.hidden = false;
  applyFilters();
}

/** Reorders the rows by a key (ties keep id order), ascending or descending. */
function sortRows(body: HTMLElement, rows: HTMLTableRowElement[], key: SortKey, ascending: boolean): void {
  const attr = `sort${key[0]!.toUpperCase()}${key.slice(1)}`;
  const sorted = [...rows].sort((a, b) => {
    const cmp = (a.dataset[attr] ?? '').localeCompare(b.dataset[attr] ?? '', 'en', { numeric: true });
    return (ascending ? cmp : -cmp) || (a.dataset['sortId'] ?? '').localeCompare(b.dataset['sortId'] ?? '');
  });
  body.append(...sorted);
}
