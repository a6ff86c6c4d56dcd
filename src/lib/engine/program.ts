/**
 * The compiled form of the facts' formulas: what the browser runs, and the build too. Made at build
 * time by `compile.ts` (which uses mathjs) and shipped as a static ES module of plain functions
 * over numbers in base units; this file only describes its shape, so it imports nothing.
 */

/** A formula as plain arithmetic over every quantity's value in base units, indexed as in `order`. */
export type Formula = (v: readonly number[]) => number;

/**
 * A derived quantity's work template: its text with a slot `{i}` for the i-th term's value, and
 * the positions (in `order`) of those terms. The unique terms are its dependencies.
 */
export type WorkTemplate = readonly [text: string, terms: readonly number[]];

/** The units a reader may type for a stored unit: unit word (lower case, no spaces) → its scale in base units. */
export type UnitTable = Readonly<Record<string, number>>;

/** The compiled module's `program`. Positions are indices into `order`. */
export interface Program {
  /** Every quantity id, each after the ones it depends on. */
  order: readonly string[];
  /** How many base units one of each quantity's own unit is (3600 for h), by position. */
  scaleIn: readonly number[];
  /** How many base units one of each quantity's display unit is (0.01 for %), by position. */
  scaleOut: readonly number[];
  /** The formula of each derived quantity. */
  formulas: Readonly<Record<string, Formula>>;
  /** The "show the work" template of each derived quantity; its terms are the quantity's dependencies. */
  work: Readonly<Record<string, WorkTemplate>>;
}

/**
 * Marks a slot in a work template. A formula's text has no braces: the compiler takes numbers,
 * ids, units, operators, parentheses and conditionals only (compile.ts), so `{i}` is never its own.
 */
export const slot = (i: number): string => `{${i}}`;
export const SLOT = /\{(\d+)\}/g;

/**
 * Marks a branch (`c > 0 ? a : b`) in a work template:
 * open, the test's three parts (operand, comparison, operand; an operand is a slot or `number` and
 * a plain number, compared in base units) joined by `part`, then the true branch, `else`, the
 * false branch, `close`. The page that writes the work keeps only the branch that was taken.
 */
export const BRANCH = {
  open: '\uE002',
  part: '\uE003',
  then: '\uE004',
  else: '\uE005',
  close: '\uE006',
  number: '\uE007',
} as const;
/** A branch with no branch inside it: its test, its true and its false text. */
export const INNERMOST_BRANCH =
  /\uE002([^\uE002\uE004-\uE006]*)\uE004([^\uE002-\uE006]*)\uE005([^\uE002-\uE006]*)\uE006/;
