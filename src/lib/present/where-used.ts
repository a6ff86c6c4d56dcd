/** Where a number is used: links from a quantity to the pages that show the quantities tied to it. */
import type { Engine } from '../engine/evaluate';

/** A link to one quantity on one page. */
export interface UsageLink {
  id: string;
  label: string;
  /** The page's path and the quantity's anchor on it. */
  href: string;
  /** A short name for the page, from its path ("pretraining"; "overview" for the home page). */
  page: string;
}

/** A short name for a site path: its last segment, or "overview" for the root. */
export function pageName(path: string): string {
  const segments = path.split('/').filter(Boolean);
  return segments.length ? segments.at(-1)! : 'overview';
}

/** One link per page that shows `id` (none when no page shows it), the page at `here` first. */
export function linksTo(
  engine: Engine,
  pages: Readonly<Record<string, string[]>>,
  id: string,
  here?: string,
): UsageLink[] {
  const label = engine.model.quantities[id]?.label ?? id;
  const paths = [...(pages[id] ?? [])].sort((a, b) => Number(b === here) - Number(a === here));
  return paths.map((path) => ({ id, label, href: `${path}#${id}`, page: pageName(path) }));
}

/** Every number a page shows that depends on `id`, directly or not, in evaluation order; `here` first for each. */
export function usedBy(
  engine: Engine,
  pages: Readonly<Record<string, string[]>>,
  id: string,
  here?: string,
): UsageLink[] {
  return engine.affectedBy([id]).flatMap((d) => linksTo(engine, pages, d, here));
}
