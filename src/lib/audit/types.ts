/** The types the audit's modules share: verdicts, results and what a check decides. */
import type { Values } from '../engine/evaluate';
import type { Claim, Model } from '../engine/model';

export type Verdict = 'consistent' | 'inconsistent' | 'not-checkable';

/** The outcome of one claim. Numbers are in the display unit of the claim's quantity. */
export interface ClaimResult {
  id: string;
  verdict: Verdict;
  stated: number | undefined;
  recomputed: number | undefined;
  /** The quantity whose unit and format the stated and recomputed numbers are written in. */
  unitOf: string | undefined;
  /** recomputed / stated, when both are numbers and stated is not zero. */
  ratio: number | undefined;
  /** recomputed − stated, in the quantity's display unit (percentage points for a %). */
  difference: number | undefined;
  /** A numeric claim's stated interval (its written precision) and recomputed range, in the display unit. */
  statedRange?: readonly [number, number];
  recomputedRange?: readonly [number, number];
  /** For disjoint intervals: their gap in widths of the recomputed range (of the stated one if that has none). */
  gapInRanges?: number | undefined;
  /** What the check found, in words with its numbers (for predicates); undefined for a numeric claim. */
  detail: string | undefined;
  /** For an inconsistent claim, what the arithmetic supports; for a not-checkable one, why. */
  explanation: string | undefined;
}

/** What a check (a predicate or a code check) decides. */
export interface CheckOutcome {
  consistent: boolean;
  /** The figure the check recomputed, in the display unit of `unitOf` (or a plain number). */
  recomputed?: number;
  /** The figure the claim states or implies, where the check has one. */
  stated?: number;
  unitOf?: string;
  /** What the check found, with its numbers. */
  detail?: string;
}

/** A check written in code, for what no predicate can say. It sees its claim. */
export type CodeCheck = (claim: Claim, model: Model, values: Values) => CheckOutcome;
