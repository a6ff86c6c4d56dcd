/** The runs' stated numbers as rows of the audit's own shape (`claimRow`), with the run each belongs to. */
import type { ClaimResult } from '../audit/verdict';
import type { Values } from '../engine/evaluate';
import type { Model } from '../engine/model';
import type { RunClaim } from '../runs/model';
import { claimRow, type ClaimRow } from './claims';

/** A claim row plus the label of the run whose figures decide it. */
export interface RunClaimRow extends ClaimRow {
  runLabel: string;
}

/** One row per run claim, in register order; `labels` maps run ids to their labels, `values` to their values. */
export function runClaimRows(
  model: Model,
  claims: readonly RunClaim[],
  results: readonly ClaimResult[],
  labels: Readonly<Record<string, string>>,
  values: Readonly<Record<string, Values>>,
): RunClaimRow[] {
  return claims.map((c, i) => ({
    ...claimRow({ ...model, claims: { [c.id]: c } }, results[i]!, values[c.run]!),
    runLabel: labels[c.run]!,
  }));
}
