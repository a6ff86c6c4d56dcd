/**
 * The runs' stated numbers, decided by the audit's own verdict rule (`auditClaim`) against each
 * run's values. This is the seam with the claims register: a run claim is a `Claim` plus the id
 * of the run whose values decide it.
 */
import { auditClaim, type ClaimResult } from '../audit/verdict';
import type { Model } from '../engine/model';
import { FactsError } from '../facts/load';
import type { RunResult } from './evaluate';
import type { RunClaim } from './model';

/** Every run claim's verdict, in register order. A claim on a figure its run does not publish fails the build. */
export function auditRunClaims(
  model: Model,
  claims: readonly RunClaim[],
  results: readonly RunResult[],
): ClaimResult[] {
  return claims.map((c) => {
    const result = results.find((r) => r.run.id === c.run)!;
    if (c.quantity && !(c.quantity in result.values))
      throw new FactsError(c.file, 'quantity', `run "${c.run}" does not publish "${c.quantity}"`, c.id);
    return auditClaim(c, model, result.values);
  });
}
