/**
 * The checks a claim may name, as data (`check:` in a claims file). Each is one predicate over
 * quantity ids; the claim's own stated value completes it where it needs one.
 * Code is the last resort: `{ code: name }` names a function in src/lib/audit/code-checks.ts.
 */

/** The quantity's value is a whole number. */
export interface IntegerCheck {
  integer: string;
}
/** `value` is a whole multiple of `of` (value / of is a whole number). */
export interface WholeMultipleCheck {
  whole_multiple_of: { value: string; of: string };
}
/** `value` is divisible by the literal `by`, as the quantities in `like` are (the pattern it breaks). */
export interface DivisibleByCheck {
  divisible_by: { value: string; by: number; like?: string[] | undefined };
}
/** `value` is at least as large as every quantity in `among`. */
export interface LargestOfCheck {
  largest_of: { value: string; among: string[] };
}
/** The items the source lists, counted, against the claim's `stated_value`. */
export interface CountOfListedCheck {
  count_of_listed: { items: string[] };
}
/** The listed quantities add up to `total`: the sum's range overlaps the total's (src/lib/audit/predicates.ts). */
export interface SumOfCheck {
  sum_of: { items: string[]; total: string };
}
/** `value` equals `to` (to a relative 1e-9). */
export interface EqualsCheck {
  equals: { value: string; to: string };
}
/** A named function, for what no predicate can say. */
export interface CodeCheck {
  code: string;
}

export type ClaimCheck =
  | IntegerCheck
  | WholeMultipleCheck
  | DivisibleByCheck
  | LargestOfCheck
  | CountOfListedCheck
  | SumOfCheck
  | EqualsCheck
  | CodeCheck;

/** The predicate's name: its one key. */
export const checkKind = (c: ClaimCheck): string => Object.keys(c)[0]!;

/** Every quantity id a check refers to, for validation when the facts load. */
export function checkIds(c: ClaimCheck): string[] {
  if ('integer' in c) return [c.integer];
  if ('whole_multiple_of' in c) return [c.whole_multiple_of.value, c.whole_multiple_of.of];
  if ('divisible_by' in c) return [c.divisible_by.value, ...(c.divisible_by.like ?? [])];
  if ('largest_of' in c) return [c.largest_of.value, ...c.largest_of.among];
  if ('sum_of' in c) return [...c.sum_of.items, c.sum_of.total];
  if ('equals' in c) return [c.equals.value, c.equals.to];
  return [];
}

/** Ids named in a claim's text as `{quantity.id}` or inside `{= formula | decimals}`. */
export const TEMPLATE = /\{(=?)([^{}|]+?)(?:\s*\|\s*(\d+))?\}/g;
