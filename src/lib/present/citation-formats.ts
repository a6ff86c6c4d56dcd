/**
 * How a page of this site is cited: plain text, BibTeX and CSL-JSON, from one record.
 * Pure and small: the build renders these, and the page's cite script re-renders them in the
 * browser with today's date and the reader's scenario (it must not pull in the engine).
 */

/** The build of the site a citation refers to. */
export interface BuildVersion {
  /** Short git commit hash, or "unknown". */
  commit: string;
  /** Commit date as YYYY-MM-DD, or "unknown". */
  date: string;
}

/** Whether text is a commit hash (hex, 4 to 40 digits). */
export const isCommit = (s: string | undefined): s is string => !!s && /^[0-9a-f]{4,40}$/i.test(s);
/** Whether text is a YYYY-MM-DD date. */
export const isDay = (s: string | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);
/** Whether a version names a commit (a build without git or `BUILD_COMMIT` does not). */
const hasCommit = (v: BuildVersion): boolean => isCommit(v.commit);
/** Whether a version's date is known. */
const hasDate = (v: BuildVersion): boolean => isDay(v.date);

/** Everything a citation of one page says. */
export interface PageCitation {
  /** The site's name, used as the (corporate) author and container. */
  site: string;
  /** The page's title. */
  title: string;
  /** Absolute URL of the page, with the scenario's query if any. */
  url: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
  version: BuildVersion;
  /** What the scenario changes, one phrase per input; empty for the cited values. */
  scenario: string[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as YYYY-MM-DD in the local time zone of whoever runs this (the reader, in a browser). */
export const localDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The canonical URL of a page: `path` (which already carries the base) on `site`, plus a query. */
export function canonicalUrl(site: string, path: string, search = ''): string {
  const url = new URL(path, site);
  url.search = search;
  return url.href;
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Text made safe for a BibTeX field: LaTeX's special characters escaped, braces balanced. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => BIBTEX_SPECIAL[c]!);
}

/** A citation key from a page URL's path: `/pretraining/` → `mai-numbers-pretraining`. */
export function citationKey(url: string): string {
  const slug = new URL(url).pathname.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `mai-numbers-${slug || 'index'}`;
}

const scenarioNote = (c: PageCitation): string =>
  c.scenario.length ? `Scenario, not the cited values: ${c.scenario.join('; ')}.` : '';

/** "Version abc1234 of 2026-11-20", "Version abc1234" without a date, "Unversioned build" without a commit. */
export const versionText = (v: BuildVersion): string =>
  !hasCommit(v) ? 'Unversioned build' : hasDate(v) ? `Version ${v.commit} of ${v.date}` : `Version ${v.commit}`;

/** The citation as a sentence: `Site. “Title.” Version …. URL (accessed …).` */
export function plainCitation(c: PageCitation): string {
  const head = `${c.site}. “${c.title}.” ${versionText(c.version)}. ${c.url} (accessed ${c.accessed}).`;
  const note = scenarioNote(c);
  return note ? `${head} ${note}` : head;
}

/**
 * The citation as a BibTeX `@misc` entry. The URL goes in `url` unescaped (BibTeX styles print
 * it verbatim); a URL from `canonicalUrl` has no braces or spaces, which is all `url` needs.
 */
export function bibtexCitation(c: PageCitation): string {
  const year = hasDate(c.version) ? c.version.date.slice(0, 4) : undefined;
  const note = [`${versionText(c.version)}.`, scenarioNote(c)].filter(Boolean).join(' ');
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(c.site)}}`],
    ['title', `{${bibtexEscape(c.title)}}`],
    ...(year ? ([['year', year]] as [string, string][]) : []),
    ...(hasCommit(c.version) ? ([['version', bibtexEscape(c.version.commit)]] as [string, string][]) : []),
    ['url', c.url],
    ['urldate', c.accessed],
    ['note', bibtexEscape(note)],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n');
  return `@misc{${citationKey(c.url)},\n${body}\n}`;
}

/** A YYYY-MM-DD date as CSL date parts, or undefined when it is not one. */
function dateParts(date: string): { 'date-parts': number[][] } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : undefined;
}

/** The citation as a CSL-JSON item (the format Zotero, Pandoc and citeproc read). */
export function cslItem(c: PageCitation): Record<string, unknown> {
  const issued = dateParts(c.version.date);
  const note = [hasCommit(c.version) ? '' : `${versionText(c.version)}.`, scenarioNote(c)].filter(Boolean).join(' ');
  return {
    id: citationKey(c.url),
    type: 'webpage',
    title: c.title,
    'container-title': c.site,
    author: [{ literal: c.site }],
    URL: c.url,
    accessed: dateParts(c.accessed),
    ...(issued ? { issued } : {}),
    ...(hasCommit(c.version) ? { version: c.version.commit } : {}),
    ...(note ? { note } : {}),
  };
}

/** The CSL-JSON document of one page: an array of one item, pretty-printed, each date on one line. */
export function cslJsonCitation(c: PageCitation): string {
  return JSON.stringify([cslItem(c)], null, 2).replace(
    /\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g,
    '[[$1, $2, $3]]',
  );
}

/** The three formats, by name, in the order a page shows them. */
export const CITATION_FORMATS = {
  plain: { label: 'Plain text', render: plainCitation },
  bibtex: { label: 'BibTeX', render: bibtexCitation },
  csl: { label: 'CSL-JSON', render: cslJsonCitation },
} as const;

export type CitationFormat = keyof typeof CITATION_FORMATS;

/** Where each format writes the access date (after a fixed prefix), and how it writes a YYYY-MM-DD date there. */
const ACCESSED: Record<CitationFormat, [RegExp, (date: string) => string]> = {
  plain: [/(?<=\(accessed )[^)]*/, (d) => d],
  bibtex: [/(?<=urldate = \{)[^}]*/, (d) => d],
  csl: [/(?<="accessed": \{\s*"date-parts": )\[\[[^\]]*\]\]/, (d) => `[[${d.split('-').map(Number).join(', ')}]]`],
};

/** A rendered citation with its access date replaced by `date` (YYYY-MM-DD): how a page sets the reader's date without the renderer. */
export function withAccessDate(text: string, format: CitationFormat, date: string): string {
  const [pattern, write] = ACCESSED[format];
  return text.replace(pattern, write(date));
}
