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
