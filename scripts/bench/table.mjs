/** Plain-text tables for the benchmark's output (Markdown pipe tables, so they paste into an issue). */

/** A Markdown table of `rows` (arrays of cells) under `header`, columns padded to line up. */
export function formatTable(header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(all[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}

/** Bytes as kilobytes (1 kB = 1000 B) with one decimal. */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Milliseconds with a precision that suits their size. */
export const ms = (t) =>
  t < 10 ? `${t.toFixed(2)} ms` : t < 1000 ? `${t.toFixed(0)} ms` : `${(t / 1000).toFixed(1)} s`;

/** The per-page JS table of `npm run test:bytes`. */
export function bytesTable(rows, baseline) {
  return formatTable(
    ['page', 'kind', 'JS before use', 'over baseline', 'budget', 'engine (lazy)', 'all lazy', 'JS after use', 'ok'],
    rows.map((r) => [
      r.page,
      r.kind,
      kB(r.before),
      `${r.before >= baseline ? '+' : ''}${kB(r.before - baseline)}`,
      `≤ ${kB(r.budget)}`,
      r.engine ? kB(r.engine) : '—',
      r.lazy ? kB(r.lazy) : '—',
      kB(r.after),
      r.ok ? 'ok' : 'OVER',
    ]),
  );
}
