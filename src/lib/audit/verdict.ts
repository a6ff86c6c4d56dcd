/** Verdicts on the sources' own claims, decided by the engine's values (never typed by hand). */
import type { Values } from '../engine/evaluate';
import type { Claim, Model } from '../engine/model';
import { CODE_CHECKS } from './code-checks';
import { compareIntervals, pointRanges, statedInterval, type RangeOf } from './intervals';
import { evaluatePredicate } from './predicates';
import type { ClaimResult, CheckOutcome, CodeCheck } from './types';

export type { ClaimResult, CheckOutcome, CodeCheck, Verdict } from './types';

/**
 * Decides one claim against the current values and the quantities' ranges (`ranges`, in display
 * units; by default each quantity at its value, with no width). A numeric claim is consistent when
 * its stated interval (its written precision) and the recomputed range overlap.
 * `codeChecks` replaces the named code checks (tests).
 */
export function auditClaim(
  claim: Claim,
  model: Model,
  values: Values,
  codeChecks: Record<string, CodeCheck> = CODE_CHECKS,
  ranges: RangeOf = pointRanges(values),
): ClaimResult {
  const base = {
    id: claim.id,
    stated: claim.stated_value,
    recomputed: undefined,
    unitOf: claim.quantity,
    ratio: undefined,
    difference: undefined,
    detail: undefined,
  };
  if (claim.uncheckable) return { ...base, verdict: 'not-checkable', explanation: claim.uncheckable };
  if (claim.check) {
    let out: CheckOutcome;
    if ('code' in claim.check) {
      const check = codeChecks[claim.check.code];
      if (!check)
        throw new Error(`${claim.file}: "${claim.id}", field "check": unknown code check "${claim.check.code}"`);
      out = check(claim, model, values);
    } else out = evaluatePredicate(claim.check, claim, model, values, ranges);
    const stated = out.stated ?? claim.stated_value;
    const numbers = stated !== undefined && out.recomputed !== undefined;
    return {
      ...base,
      stated,
      recomputed: out.recomputed,
      unitOf: out.unitOf,
      difference: numbers ? out.recomputed! - stated : undefined,
      ratio: numbers && stated !== 0 ? out.recomputed! / stated : undefined,
      detail: out.detail,
      verdict: out.consistent ? 'consistent' : 'inconsistent',
      explanation: out.consistent ? undefined : claim.explanation,
    };
  }
  const stated = claim.stated_value!;
  const recomputed = values[claim.quantity!]!;
  const difference = recomputed - stated;
  const statedRange = statedInterval(claim);
  const recomputedRange = ranges(claim.quantity!);
  const { overlap: consistent, inRanges } = compareIntervals(statedRange, recomputedRange);
  return {
    ...base,
    recomputed,
    difference,
    ratio: stated !== 0 ? recomputed / stated : undefined,
    statedRange,
    recomputedRange,
    gapInRanges: consistent ? undefined : inRanges,
    verdict: consistent ? 'consistent' : 'inconsistent',
    explanation: consistent ? undefined : claim.explanation,
  };
}

/** Every claim of the model, in id order; `ranges` as for auditClaim (the site passes `citedRanges(model)`). */
export function auditAll(
  model: Model,
  values: Values,
  codeChecks: Record<string, CodeCheck> = CODE_CHECKS,
  ranges: RangeOf = pointRanges(values),
): ClaimResult[] {
  return Object.values(model.claims ?? {})
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => auditClaim(c, model, values, codeChecks, ranges));
}
