/** Comma-separated values as RFC 4180 writes them: CRLF line ends, fields quoted when they must be. */

/** A value of a cell: text, a number, or nothing (an empty cell). */
export type Cell = string | number | undefined;

/** One field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(value: Cell): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole table: a header row and one row per record, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}
