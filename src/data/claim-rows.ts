/** The audit rows of the site's own pages: verdicts under the cited values, linked to the docs that show each number. */
import type { Values } from '../lib/engine/evaluate';
import type { Model } from '../lib/engine/model';
import { citedRanges } from '../lib/audit/intervals';
import { claimRows, type ClaimRow } from '../lib/present/claims';
import { linksOfQuantity } from './pages';
import { engine } from './facts';

const cache = new WeakMap<Values, ClaimRow[]>();

/** Every claim's row of the site's model, computed once per set of values (the links carry the build's base path). */
export function siteClaimRows(model: Model, values: Values): ClaimRow[] {
  let rows = cache.get(values);
  if (!rows) cache.set(values, (rows = claimRows(model, values, linksOfQuantity, citedRanges(engine))));
  return rows;
}
