/**
 * The declarative checks of non-numeric claims (see src/lib/facts/claim-check.ts). Each sees its
 * claim: a count is compared with the claim's own `stated_value`. A sum and a largest-of compare
 * the quantities' ranges (at the sources' precision): a sum is consistent when its range overlaps
 * the total's, a largest-of when the value's range can reach above every other's low end. Counts,
 * multiples and equalities are of exact figures and are decided at their values.
 */
import type { Values } from '../engine/evaluate';
import { formatNumber, formatQuantity } from '../engine/format';
import type { Claim, Model } from '../engine/model';
import type { ClaimCheck } from '../facts/claim-check';
import { compareIntervals, pointRanges, type RangeOf } from './intervals';
import type { CheckOutcome } from './types';

/** A tiny relative slack, for floating-point noise in a whole number or an equality. */
const SLACK = 1e-9;
const isWhole = (n: number): boolean => Math.abs(n - Math.round(n)) <= SLACK * Math.max(1, Math.abs(n));

/** What a predicate reads: values by id, and how each is written. */
interface Reader {
  value(id: string): number;
  /** The figure of `id` as a claim row shows it: an input is stated (a source gives it), a derived quantity recomputed. */
  figure(id: string): { stated: number } | { recomputed: number };
  text(id: string, n?: number): string;
  label(id: string): string;
}

function reader(model: Model, values: Values, claim: Claim): Reader {
  const quantity = (id: string) => {
    const q = model.quantities[id];
    if (!q) throw new Error(`${claim.file}: "${claim.id}", field "check": unknown id "${id}"`);
    return q;
  };
  const value = (id: string) => {
    quantity(id);
    const v = values[id];
    if (v === undefined) throw new Error(`${claim.file}: "${claim.id}", field "check": "${id}" has no value`);
    return v;
  };
  return {
    value,
    figure: (id) => (quantity(id).kind === 'input' ? { stated: value(id) } : { recomputed: value(id) }),
    text: (id, n) => formatQuantity(quantity(id), n ?? values[id]!).text,
    label: (id) => quantity(id).label,
  };
}

/** Decides a predicate for its claim under the values. Code checks are decided in verdict.ts. */
export function evaluatePredicate(
  check: ClaimCheck,
  claim: Claim,
  model: Model,
  values: Values,
  ranges: RangeOf = pointRanges(values),
): CheckOutcome {
  const r = reader(model, values, claim);
  if ('integer' in check) {
    const id = check.integer;
    const n = r.value(id);
    return {
      consistent: isWhole(n),
      ...r.figure(id),
      unitOf: id,
      detail: `${r.label(id)}: ${r.text(id)}, ${isWhole(n) ? 'a whole number' : 'not a whole number'}.`,
    };
  }
  if ('whole_multiple_of' in check) {
    const { value, of } = check.whole_multiple_of;
    const q = r.value(value) / r.value(of);
    return {
      consistent: isWhole(q),
      recomputed: q,
      detail: `${r.text(value)} ÷ ${r.text(of)} = ${formatNumber(q, { decimals: 2 })}, ${isWhole(q) ? 'a whole number' : 'not a whole number'}.`,
    };
  }
  if ('divisible_by' in check) {
    const { value, by, like = [] } = check.divisible_by;
    const n = r.value(value);
    const quotient = (id: string) => `${r.text(id)} = ${formatNumber(r.value(id) / by, { decimals: 2 })} × ${by}`;
    const pattern = like.length
      ? ` The others in the list are: ${like.map(quotient).join('; ')}${like.every((id) => isWhole(r.value(id) / by)) ? '' : ' (not all whole multiples)'}.`
      : '';
    return {
      consistent: isWhole(n / by),
      ...r.figure(value),
      unitOf: value,
      detail: `${quotient(value)}, ${isWhole(n / by) ? 'a whole multiple' : 'not a whole multiple'} of ${by}.${pattern}`,
    };
  }
  if ('largest_of' in check) {
    const { value, among } = check.largest_of;
    // Larger for certain: its whole range lies above the value's.
    const larger = among.filter((id) => ranges(id)[0] > ranges(value)[1] * (1 + SLACK));
    return {
      consistent: larger.length === 0,
      ...r.figure(value),
      unitOf: value,
      detail: larger.length
        ? `${larger.map((id) => `${r.label(id)} (${r.text(id)})`).join(', ')} exceed ${r.label(value)} (${r.text(value)}).`
        : `${r.label(value)} (${r.text(value)}) is at least each of: ${among.map((id) => `${r.label(id)} (${r.text(id)})`).join('; ')}.`,
    };
  }
  if ('count_of_listed' in check) {
    const { items } = check.count_of_listed;
    const stated = claim.stated_value!;
    return {
      consistent: items.length === stated,
      recomputed: items.length,
      stated,
      detail: `The source lists ${items.length} (${items.join(', ')}) against the ${formatNumber(stated)} it announces.`,
    };
  }
  if ('sum_of' in check) {
    const { items, total } = check.sum_of;
    const sum = items.reduce((s, id) => s + r.value(id), 0);
    const t = r.value(total);
    // The sum's range is the sum of its items' ranges: an enclosure, exact for distinct inputs.
    const span = items.reduce<[number, number]>((acc, id) => [acc[0] + ranges(id)[0], acc[1] + ranges(id)[1]], [0, 0]);
    return {
      consistent: compareIntervals(span, ranges(total)).overlap,
      recomputed: sum,
      stated: t,
      unitOf: total,
      detail: `${items.map((id) => r.text(id)).join(' + ')} = ${r.text(total, sum)}, against ${r.text(total)} (${r.label(total)}).`,
    };
  }
  if ('equals' in check) {
    const { value, to } = check.equals;
    const a = r.value(value);
    const b = r.value(to);
    return {
      consistent: Math.abs(a - b) <= SLACK * Math.max(Math.abs(a), Math.abs(b)),
      recomputed: a,
      stated: b,
      unitOf: value,
      detail: `${r.label(value)}: ${r.text(value)}; ${r.label(to)}: ${r.text(to)}.`,
    };
  }
  throw new Error(`${claim.file}: "${claim.id}", field "check": not a predicate (${JSON.stringify(check)})`);
}
