/**
 * A claim's own words, quoted in prose: the statement as the facts record it (claims-*.yaml), or
 * the part of it after a phrase, so that a page never retypes a source's figure.
 */
import type { Claim } from '../engine/model';

/** The statement of `claim`, whole or from just after `after`; throws, naming the claim, if `after` is not in it. */
export function claimQuote(claim: Pick<Claim, 'id' | 'statement'>, after?: string): string {
  if (after === undefined) return claim.statement;
  const at = claim.statement.indexOf(after);
  if (at < 0) throw new Error(`${claim.id}: its statement does not contain “${after}”`);
  return claim.statement.slice(at + after.length).trim();
}
