/** Which pages show which quantity: the usage index of the site's pages, read once per build. */
import { model } from './facts';
import { readPageIndex } from './page-index';
import type { QuantityPages } from '../lib/engine/model';
import { quantityLinks, quantityPages as pagesOf, type QuantityLinks } from '../lib/present/page-usage';

/** Where the site's pages live, relative to the project root. */
export const DOCS_DIR = 'content/docs';

/** What every page shows (src/data/page-index.ts), with paths under the site's base. */
export const pageIndex = readPageIndex(DOCS_DIR, import.meta.env.BASE_URL);

/**
 * Quantity id → site paths of the pages that render it: anywhere (calculators and charts too), or
 * only `inline`, as a number in the prose with an anchor of its own that a link can point at.
 */
export const quantityPages = (which: 'anywhere' | 'inline' = 'anywhere'): Record<string, string[]> =>
  pagesOf(pageIndex, which);

/** Quantity id → the number and the calculator a reader meets it at (the audit links to them). */
export const linksOfQuantity: Readonly<Record<string, QuantityLinks>> = quantityLinks(pageIndex);

/** The page that shows each derived quantity (its first, in file order), by title: for messages. */
export function derivedPages(): QuantityPages {
  const titles: string[] = [];
  const of: Record<string, number> = {};
  const order = pageIndex.map((p) => p.path);
  const titleOf = new Map(pageIndex.map((p) => [p.path, p.title]));
  for (const [id, paths] of Object.entries(quantityPages('anywhere'))) {
    if (model.quantities[id]?.kind !== 'derived') continue;
    const first = [...paths].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
    const title = first === undefined ? undefined : titleOf.get(first);
    if (!title) continue;
    if (!titles.includes(title)) titles.push(title);
    of[id] = titles.indexOf(title);
  }
  return { titles, of };
}
