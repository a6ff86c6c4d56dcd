/**
 * Every row of the claims audit (/audit/): the site's own claims, then the comparison runs' stated
 * numbers (runs-claims.yaml), each decided by the same verdict rule against its run's values and
 * linked to its row on the comparison page. The table, its filters and its counts read these.
 */
import { citedValues, model } from './facts';
import { runClaimResults, runClaims, runResults } from './runs';
import { siteClaimRows } from './claim-rows';
import type { ClaimRow } from '../lib/present/claims';
import { runClaimRows } from '../lib/present/run-claims';

/** The audit's rows for a base path, in claim id order (the order of `auditAll`). */
export function auditRows(base: string): ClaimRow[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const labels = Object.fromEntries(runResults.map((r) => [r.run.id, r.run.label]));
  const values = Object.fromEntries(runResults.map((r) => [r.run.id, r.values]));
  const runs = runClaimRows(model, runClaims, runClaimResults, labels, values).map(({ runLabel, ...r }) => ({
    ...r,
    quantityLabel: `${runLabel}: ${r.quantityLabel ?? 'the number'}`,
    numberHref: `${root}comparison/#${r.id}`,
  }));
  return [...siteClaimRows(model, citedValues), ...runs].sort((a, b) => a.id.localeCompare(b.id));
}
