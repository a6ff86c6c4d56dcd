/** Verdicts on the sources' own claims, decided by the engine's values (never typed by hand). */
import type { Values } from '../engine/evaluate';
import type { Claim, Model } from '../engine/model';
import { CODE_CHECKS } from './code-checks';
import { evaluatePredicate } from './predicates';
import type { ClaimResult, CheckOutcome, CodeCheck } from './types';

export type { ClaimResult, CheckOutcome, CodeCheck, Verdict } from './types';

/** Decides one claim against the current values. `codeChecks` replaces the named code checks (tests). */
export function auditClaim(
  claim: Claim,
  model: Model,
  values: Values,
  codeChecks: Record<string, CodeCheck> = CODE_CHECKS,
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
    } else out = evaluatePredicate(claim.check, claim, model, values);
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
  // A tiny relative slack absorbs floating-point noise at the edge of the tolerance.
  const consistent = Math.abs(difference) <= claim.tolerance! * (1 + 1e-9);
  return {
    ...base,
    recomputed,
    difference,
    ratio: stated !== 0 ? recomputed / stated : undefined,
    verdict: consistent ? 'consistent' : 'inconsistent',
    explanation: consistent ? undefined : claim.explanation,
  };
}

/** Every claim of the model, in id order. */
export function auditAll(
  model: Model,
  values: Values,
  codeChecks: Record<string, CodeCheck> = CODE_CHECKS,
): ClaimResult[] {
  return Object.values(model.claims ?? {})
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => auditClaim(c, model, values, codeChecks));
}
