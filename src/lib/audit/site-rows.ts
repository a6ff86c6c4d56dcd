/** The audit rows of the site's own pages: verdicts under the cited values, linked to the docs that show each number. */
import type { Values } from '../engine/evaluate';
import type { Model } from '../engine/model';
import { claimRows, type ClaimRow } from '../present/claims';
import { citedRanges } from './intervals';
import { quantityLinks } from './page-links';

/** Where the site's pages live, relative to the project root. */
const DOCS_DIR = 'content/docs';

const cache = new WeakMap<Values, Map<string, ClaimRow[]>>();

/** Every claim's row, computed once per set of values and base path. */
export function siteClaimRows(model: Model, values: Values, base: string): ClaimRow[] {
  let byBase = cache.get(values);
  if (!byBase) cache.set(values, (byBase = new Map()));
  let rows = byBase.get(base);
  if (!rows) {
    const links = quantityLinks(DOCS_DIR, base, new Set(Object.keys(model.quantities)));
    rows = claimRows(model, values, links, citedRanges(model));
    byBase.set(base, rows);
  }
  return rows;
}
