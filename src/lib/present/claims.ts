/** What the audit table, its summary and the callouts show of each claim, built from the verdicts. */
import { auditAll, type ClaimResult, type Verdict } from '../audit/verdict';
import { pointRanges, statedInterval, type RangeOf } from '../audit/intervals';
import { CODE_CHECKS } from '../audit/code-checks';
import { rangeText } from './range-text';
import { renderClaimText } from '../audit/claim-text';
import type { Values } from '../engine/evaluate';
import type { QuantityLinks } from './page-usage';
import { formatNumber, formatQuantity, unitSymbol } from '../engine/format';
import { displayUnit, type Claim, type Model, type Quantity } from '../engine/model';

/** The verdicts in the order the site lists them. */
export const VERDICTS: readonly Verdict[] = ['inconsistent', 'not-checkable', 'consistent'];

/** How a verdict reads in a table cell. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  consistent: 'Consistent',
  inconsistent: 'Inconsistent',
  'not-checkable': 'Not checkable',
};

/** One row of the audit table (and the content of a callout). */
export interface ClaimRow {
  id: string;
  verdict: Verdict;
  verdictLabel: string;
  sourceId: string;
  /** "Author, Title". */
  sourceName: string;
  locator: string;
  /** The statement as quoted. */
  statement: string;
  /** The stated value and unit as written ("3.76 million GPU hours"). */
  statedAsWritten: string | undefined;
  /** The stated value in the quantity's display unit, written by the quantity's formatter. */
  statedText: string | undefined;
  recomputedText: string | undefined;
  /** Recomputed against stated: a ratio ("× 0.00101") or, for a percentage, percentage points ("+0.2 pp"). */
  differenceText: string | undefined;
  /** What the claim is compared with and why, with its figures written at the values. */
  reasoning: string;
  /** What the check found, with its numbers (predicate claims only). */
  detail: string | undefined;
  /** Why inconsistent, why not checkable, or what "consistent" was measured against. */
  explanation: string;
  /** Former ids of the claim, still anchored on the audit page. */
  aliases: string[];
  quantityId: string | undefined;
  quantityLabel: string | undefined;
  /** Link to the number on its page, and to the calculator that recomputes it. */
  numberHref: string | undefined;
  calculatorHref: string | undefined;
}

/** Fraction digits of a figure written to ± `tolerance` (half its interval: "27%" is ± 0.5, so none; "3.5%" ± 0.05, one). */
export const decimalsOfTolerance = (tolerance: number): number =>
  tolerance > 0 ? Math.max(0, Math.ceil(-Math.log10(2 * tolerance) - 1e-9)) : 0;

/**
 * The value text of a number in a claim: the quantity's formatter, or a plain number for a check.
 * A percentage is written to the precision the claim states it to, so that "27%" is set beside
 * a recomputed 27 %, not 27.5 %, which reads as 28.
 */
function valueText(q: Quantity | undefined, n: number | undefined, claim?: Claim): string | undefined {
  if (n === undefined) return undefined;
  if (!q) return formatNumber(n);
  const half = claim?.stated_value !== undefined ? (statedInterval(claim)[1] - statedInterval(claim)[0]) / 2 : 0;
  if (half > 0 && displayUnit(q) === '%')
    return formatQuantity({ ...q, format: { decimals: decimalsOfTolerance(half), fixed: true } }, n).text;
  return formatQuantity(q, n).text;
}

/** The difference between recomputed and stated, as a reader compares them. */
export function differenceText(q: Quantity | undefined, r: ClaimResult): string | undefined {
  if (q && displayUnit(q) === '%' && r.difference !== undefined) {
    const pp = formatNumber(Math.abs(r.difference), { decimals: 2 });
    return pp === '0' ? '0 pp' : `${r.difference < 0 ? '−' : '+'}${pp} pp`;
  }
  return r.ratio === undefined ? undefined : `× ${formatNumber(r.ratio, { digits: 3 })}`;
}

/** The explanation shown for a result: the register's for a failure or a claim not checkable, a measure of agreement otherwise. */
function explanationOf(claim: Claim, q: Quantity | undefined, r: ClaimResult, model: Model, values: Values): string {
  if (r.explanation) return renderClaimText(r.explanation, model, values);
  if (r.verdict === 'inconsistent') return 'Does not recompute; the register gives no explanation.';
  if (r.verdict === 'not-checkable') return 'Cannot be checked from the figures we have.';
  if (claim.check) return 'Passes its check.';
  if (!q || !r.statedRange || !r.recomputedRange) return 'Recomputes within the stated precision.';
  return `Recomputes within the stated precision: ${spanText(q, r.recomputedRange)} against ${spanText(q, r.statedRange)}.`;
}

/** A span as text: its range, or its one value where it has no width. */
function spanText(q: Quantity, span: readonly [number, number]): string {
  return rangeText(q, span) || formatQuantity(q, span[0]).text;
}

/** A numeric claim's intervals in words: the stated figure's and the recomputed one, and their gap. */
function intervalDetail(q: Quantity | undefined, r: ClaimResult): string | undefined {
  if (!q || !r.statedRange || !r.recomputedRange) return undefined;
  const stated = `Stated: ${spanText(q, r.statedRange)} at its written precision; recomputed: ${spanText(q, r.recomputedRange)} at the sources’ precision`;
  if (r.verdict === 'consistent') return `${stated}; they overlap.`;
  const gap = Math.max(r.statedRange[0] - r.recomputedRange[1], r.recomputedRange[0] - r.statedRange[1]);
  const times =
    r.gapInRanges === undefined ? '' : `, ${formatNumber(r.gapInRanges, { digits: 2 })} times the width of the range`;
  const symbol = unitSymbol(q);
  return `${stated}; apart by ${formatNumber(gap, { digits: 2 })}${symbol ? ` ${symbol}` : ''}${times}.`;
}

/**
 * The row of one claim at `values`. `links` maps quantity ids to where the site shows and
 * recomputes them.
 */
export function claimRow(
  model: Model,
  r: ClaimResult,
  values: Values,
  links: Readonly<Record<string, QuantityLinks>> = {},
): ClaimRow {
  const claim = model.claims?.[r.id];
  if (!claim) throw new Error(`Unknown claim id "${r.id}".`);
  const q = claim.quantity ? model.quantities[claim.quantity] : undefined;
  const shownIn = r.unitOf ? model.quantities[r.unitOf] : undefined;
  const source = model.sources[claim.source]!;
  const linkId = claim.quantity ?? r.unitOf;
  const link = linkId ? links[linkId] : undefined;
  return {
    id: r.id,
    verdict: r.verdict,
    verdictLabel: VERDICT_LABEL[r.verdict],
    sourceId: source.id,
    sourceName: `${source.author}, ${source.title}`,
    locator: claim.locator,
    statement: claim.statement,
    statedAsWritten: claim.stated && `${claim.stated.value} ${claim.stated.unit}`.trim(),
    statedText: valueText(shownIn, r.stated, claim),
    recomputedText: valueText(shownIn, r.recomputed, claim),
    differenceText: differenceText(shownIn, r),
    reasoning: renderClaimText(claim.reasoning, model, values),
    detail: r.detail ?? intervalDetail(shownIn, r),
    explanation: explanationOf(claim, q, r, model, values),
    aliases: claim.aliases ?? [],
    quantityId: claim.quantity,
    quantityLabel: q?.label ?? shownIn?.label,
    numberHref: link?.number,
    calculatorHref: link?.calculator,
  };
}

/** Every claim's row under `values`, in id order; verdicts come from auditAll, never from the register. */
export function claimRows(
  model: Model,
  values: Values,
  links: Readonly<Record<string, QuantityLinks>> = {},
  ranges: RangeOf = pointRanges(values),
): ClaimRow[] {
  return auditAll(model, values, CODE_CHECKS, ranges).map((r) => claimRow(model, r, values, links));
}

/** How many claims have each verdict, and in all. */
export interface AuditSummary {
  total: number;
  counts: Record<Verdict, number>;
}

/** Counts the results by verdict. */
export function auditSummary(results: readonly { verdict: Verdict }[]): AuditSummary {
  const counts: Record<Verdict, number> = { consistent: 0, inconsistent: 0, 'not-checkable': 0 };
  for (const r of results) counts[r.verdict]++;
  return { total: results.length, counts };
}

/** The sources that claims come from, for the table's filter: id and name, in order of first use. */
export function claimSources(rows: readonly ClaimRow[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.sourceId)) seen.set(r.sourceId, r.sourceName);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** The link to a claim's row on the audit page. */
export const auditHref = (id: string, base = '/'): string => `${base.endsWith('/') ? base : `${base}/`}audit/#${id}`;

/**
 * The claims part of `/facts.json`: every claim in id order with its stated and recomputed value,
 * verdict and explanation; numbers in the quantity's display unit (percentage points for a %).
 */
export function claimsDocument(model: Model, values: Values, ranges: RangeOf = pointRanges(values)) {
  return auditAll(model, values, CODE_CHECKS, ranges).map((r) => {
    const claim = model.claims![r.id]!;
    const row = claimRow(model, r, values);
    const shownIn = r.unitOf ? model.quantities[r.unitOf] : undefined;
    const unit = shownIn ? displayUnit(shownIn) : null;
    return {
      id: r.id,
      aliases: claim.aliases ?? [],
      source: claim.source,
      locator: claim.locator,
      statement: claim.statement,
      /** The stated value and unit as written. */
      stated: claim.stated ?? null,
      stated_value: r.stated ?? null,
      quantity: claim.quantity ?? null,
      unit,
      /** The stated figure's interval (its written precision) and the recomputed range, in `unit`. */
      stated_range: r.statedRange ? { low: r.statedRange[0], high: r.statedRange[1] } : null,
      recomputed_range: r.recomputedRange ? { low: r.recomputedRange[0], high: r.recomputedRange[1] } : null,
      gap_in_ranges: r.gapInRanges ?? null,
      check: claim.check ?? null,
      reasoning: row.reasoning,
      detail: r.detail ?? null,
      recomputed: r.recomputed ?? null,
      verdict: r.verdict,
      ratio: r.ratio ?? null,
      difference: r.difference ?? null,
      difference_unit: unit === '%' ? 'percentage points' : unit,
      explanation: r.explanation ? row.explanation : null,
      text: {
        stated: row.statedText ?? null,
        recomputed: row.recomputedText ?? null,
        difference: row.differenceText ?? null,
      },
      file: claim.file,
    };
  });
}
