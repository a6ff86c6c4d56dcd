/**
 * How one number of the site is cited ("Cite this number", in its popover): its label, its value
 * as the page shows it (with its range where the page shows ranges, or the reader typed one), what
 * it rests on (its formula and the work with its values, and its inputs' sources; an input's own
 * source and locator), the page's URL with the scenario and the number's anchor, the build's
 * version and the access date. The same sentence shape and version text as "Cite this page"
 * (citation-formats.ts). Pure and small: the popover's script fills it from the page.
 */
import { versionText, type BuildVersion } from './citation-formats';

export interface NumberCitation {
  /** The site's name, the citation's author. */
  site: string;
  /** The title of the page the number is on. */
  page: string;
  /** The quantity's label. */
  label: string;
  /** The value as shown, with its unit ("510 h"). */
  value: string;
  /** Its range as shown ("502–518 h at the sources’ precision"), where the page shows ranges. */
  range?: string | undefined;
  /** A derived number's formula (over the ids of /facts.json) and its work with the values shown. */
  formula?: { formula: string; work?: string | undefined } | undefined;
  /** The source and locator of an input; of each input a derived number rests on, "label: source". */
  sources: string[];
  /** Absolute URL of the page with the scenario's query and the number's anchor. */
  url: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
  version: BuildVersion;
  /** What the scenario changes, one phrase per input; empty for the cited values. */
  scenario: string[];
}

/** Text on one line, its runs of white space as one space. */
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** A sentence: ends with one full stop (or the mark it already ends with). */
const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

/**
 * The citation as plain text, `Site. “Label: value (range).” On “Page”. Formula …. Version ….
 * URL (accessed …).`, with the scenario's note at the end as in a page's citation.
 */
export function numberCitation(c: NumberCitation): string {
  const shown = `${oneLine(c.label)}: ${oneLine(c.value)}${c.range ? ` (${oneLine(c.range)})` : ''}`;
  const parts = [`${c.site}. “${shown}.” On “${oneLine(c.page)}”.`];
  if (c.formula) {
    const work = c.formula.work ? `; with these values, ${oneLine(c.formula.work)}` : '';
    parts.push(sentence(`Formula: ${oneLine(c.formula.formula)}${work}`));
    if (c.sources.length) parts.push(sentence(`Its inputs: ${c.sources.map(oneLine).join('; ')}`));
  } else if (c.sources.length) parts.push(sentence(`Source: ${c.sources.map(oneLine).join('; ')}`));
  parts.push(`${versionText(c.version)}.`, `${c.url} (accessed ${c.accessed}).`);
  if (c.scenario.length) parts.push(`Scenario, not the cited values: ${c.scenario.join('; ')}.`);
  return parts.join(' ');
}
