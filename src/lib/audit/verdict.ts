/** Verdicts on the sources' own claims, decided by the engine's values (never typed by hand). */
import type { Values } from '../engine/evaluate';
import type { Claim, Model } from '../engine/model';
import { CHECKS } from './checks';

export type Verdict = 'consistent' | 'inconsistent' | 'not-checkable';

/** The outcome of one claim. Numbers are in the display unit of the claim's quantity. */
export interface ClaimResult {
  id: string;
  verdict: Verdict;
  stated: number | undefined;
  recomputed: number | undefined;
  /** recomputed / stated, when both are numbers and stated is not zero. */
  ratio: number | undefined;
  /** recomputed − stated, in the quantity's display unit (percentage points for a %). */
  difference: number | undefined;
  /** For an inconsistent claim, the likely cause; for a not-checkable one, why. */
  explanation: string | undefined;
}

/** What a named check (for a non-numeric claim) decides. */
export interface CheckOutcome {
  consistent: boolean;
  /** What the figures say instead, as text or a number, for the reader. */
  recomputed?: number;
  detail?: string;
}

/** A check for a non-numeric claim: names, counts of listed items, labels. */
export type Check = (model: Model, values: Values) => CheckOutcome;

/** Decides one claim against the current values. */
export function auditClaim(
  claim: Claim,
  model: Model,
  values: Values,
  checks: Record<string, Check> = CHECKS,
): ClaimResult {
  const base = {
    id: claim.id,
    stated: claim.stated_value,
    recomputed: undefined,
    ratio: undefined,
    difference: undefined,
  };
  if (claim.uncheckable) return { ...base, verdict: 'not-checkable', explanation: claim.uncheckable };
  if (claim.check) {
    const check = checks[claim.check];
    if (!check) throw new Error(`${claim.file}: "${claim.id}", field "check": unknown check "${claim.check}"`);
    const out = check(model, values);
    return {
      ...base,
      recomputed: out.recomputed,
      verdict: out.consistent ? 'consistent' : 'inconsistent',
      explanation: out.consistent ? undefined : (out.detail ?? claim.explanation),
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
export function auditAll(model: Model, values: Values, checks: Record<string, Check> = CHECKS): ClaimResult[] {
  return Object.values(model.claims ?? {})
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => auditClaim(c, model, values, checks));
}
