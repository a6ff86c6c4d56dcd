/** The sentence the page's live region reads once typing pauses after an edit in a calculator. */

/** A result as the page shows it. */
export interface ShownResult {
  label: string;
  text: string;
}

/** At most this many results are read out; the rest are counted. */
const READ_AT_MOST = 3;

/**
 * "Pre-training time: Wall-clock time of pre-training 566.7 h; Productive time … 515.7 h; and 2
 * more results." An edit that changed no result of its calculator says so.
 */
export function editSummary(calculator: string, results: readonly ShownResult[], hint?: string): string {
  const lead = hint ? `${hint} ` : '';
  if (results.length === 0) return `${lead}${calculator}: no result changed.`;
  const read = results.slice(0, READ_AT_MOST).map((r) => `${r.label} ${r.text}`);
  const rest = results.length - read.length;
  const more = rest > 0 ? `; and ${rest} more ${rest === 1 ? 'result' : 'results'}` : '';
  return `${lead}${calculator}: ${read.join('; ')}${more}.`;
}
