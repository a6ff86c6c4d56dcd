/**
 * What a page's popovers share, written once per page instead of in each popover: the numbers on
 * the site that use this page's numbers, and the citations of the inputs its derived numbers
 * depend on. A popover lists them by position (`data-refs`); PageRefs.astro renders each once, at
 * the end of the page, and src/client/popover-refs.ts copies them into a popover as it opens.
 */
import type { CitationView } from './quantity';
import type { UsageLink } from './where-used';

/** A citation and the link to where the site shows its input. */
export interface CitedRef {
  citation: CitationView;
  href: string;
}

/** The page's shared lists, in the order their entries were first asked for. */
export interface PageRefs {
  used: Map<string, UsageLink>;
  cites: Map<string, CitedRef>;
}

/** The page's lists, made on first use (Astro.locals lives for one page). */
export const pageRefs = (locals: { pageRefs?: PageRefs }): PageRefs =>
  (locals.pageRefs ??= { used: new Map(), cites: new Map() });

/** The positions of the entries, each added to its list the first time: "0 3 7". */
export function refsOf<T>(list: Map<string, T>, entries: readonly [key: string, value: T][]): string {
  return entries
    .map(([key, value]) => {
      if (!list.has(key)) list.set(key, value);
      return [...list.keys()].indexOf(key);
    })
    .join(' ');
}

/** The element id of a shared entry: `q-ref-used-3`, `q-ref-cites-0`. */
export const refId = (list: keyof PageRefs, i: number): string => `q-ref-${list}-${i}`;
