/** The schema of one facts file (YAML): sources, inputs and derived quantities. */
import { z } from 'zod';
import { runFileFields } from './runs-schema';

/** A public id: `topic.snake_name`, lower case, at least one dot, no double underscore. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/,
    'an id is lower-case `topic.snake_name` (letters, digits, _, at least one dot)',
  )
  .refine((id) => !id.includes('__'), 'an id may not contain a double underscore');

const sourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a source id is lower-case letters, digits and dashes');

const formatSchema = z.strictObject({
  notation: z.enum(['compact', 'standard']).optional(),
  digits: z.number().int().min(1).max(21).optional(),
  decimals: z.number().int().min(0).max(20).optional(),
  /** Write exactly `decimals` fraction digits, as the source writes them ("90.0 %"). */
  fixed: z.boolean().optional(),
});

const unitString = z
  .string()
  .min(1)
  .refine((u) => u !== '%', 'store fractions with unit "1" and display_unit "%"');

/** `{ from: id }`: the cited value of another input, named rather than copied (a switch's option). */
const fromSchema = z.strictObject({ from: idSchema });

const common = {
  id: idSchema,
  /**
   * Former ids, kept so that old links, anchors and /facts.json readers still resolve. An input's
   * alias reads a link's bare number in the input's own unit, so a new id that changes what a
   * bare number means needs a conversion, not an alias.
   */
  aliases: z.array(idSchema).optional(),
  label: z.string().min(1),
  unit: unitString,
  display_unit: z.string().min(1).optional(),
  symbol: z.string().optional(),
  format: formatSchema.optional(),
};

/** Written in quotes in YAML ('2025-08-28'), so that YAML does not read it as a number or a date. */
const dateString = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is a quoted YYYY, YYYY-MM or YYYY-MM-DD');

export const sourceSchema = z.strictObject({
  id: sourceId,
  title: z.string().min(1),
  author: z.string().min(1),
  /** Publication date, where the source gives one. */
  date: dateString.optional(),
  /** When we read it, for web pages that change. */
  accessed: dateString.optional(),
  url: z.url().optional(),
  kind: z.enum(['primary', 'secondary', 'news', 'ours']),
  note: z.string().optional(),
});

export const inputSchema = z.strictObject({
  ...common,
  value: z.union([z.number().refine(Number.isFinite, 'the value must be a finite number'), fromSchema]),
  source: sourceId,
  locator: z.string().min(1),
  quote: z.string().max(160, 'quote at most a short fragment (160 characters)').optional(),
  assumption: z.boolean().default(false),
  note: z.string().optional(),
  /** How the source's words became this number ("16K" read as 16,384 = 2¹⁴); who reads it so. */
  reading: z.string().min(1).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** Another input this one can never exceed (active parameters: total parameters). */
  at_most: idSchema.optional(),
  integer: z.boolean().optional(),
  options: z
    .array(
      z.union([
        z.strictObject({ value: z.number(), label: z.string().min(1) }),
        z.strictObject({ from: idSchema, label: z.string().min(1) }),
      ]),
    )
    .min(2)
    .optional(),
});

export const derivedSchema = z.strictObject({
  ...common,
  formula: z.string().min(1),
  meaning: z.string().min(1),
});

const ids = z.array(idSchema).min(1);

/**
 * How precisely an input is known (ranges.yaml, one entry per input): as the source writes it
 * (`stated`), exact by definition, held fixed as an assumption, or an explicit range with this
 * site's reading. See src/lib/facts/ranges.ts.
 */
export const rangeSchema = z.union([
  z.strictObject({ id: idSchema, stated: z.string().min(1) }),
  z.strictObject({ id: idSchema, exact: z.string().min(1) }),
  z.strictObject({ id: idSchema, fixed: z.string().min(1) }),
  z.strictObject({ id: idSchema, low: z.number(), high: z.number(), reading: z.string().min(1) }),
]);

/** The predicates a claim's `check` may be (see claim-check.ts): exactly one key each. */
export const checkSchema = z.union([
  z.strictObject({ integer: idSchema }),
  z.strictObject({ whole_multiple_of: z.strictObject({ value: idSchema, of: idSchema }) }),
  z.strictObject({
    divisible_by: z.strictObject({ value: idSchema, by: z.number().int().positive(), like: ids.optional() }),
  }),
  z.strictObject({ largest_of: z.strictObject({ value: idSchema, among: ids }) }),
  z.strictObject({ count_of_listed: z.strictObject({ items: z.array(z.string().min(1)).min(1) }) }),
  z.strictObject({ sum_of: z.strictObject({ items: ids, total: idSchema }) }),
  z.strictObject({ equals: z.strictObject({ value: idSchema, to: idSchema }) }),
  z.strictObject({ code: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'a code check is a function name') }),
]);

const claimId = z.string().regex(/^claim\.[a-z0-9_.]+$/, 'a claim id is `claim.topic.name`');

/**
 * A checkable statement in a source. A numeric claim names the quantity its words name and the
 * figure as stated, whose written precision gives its range; a non-numeric one names a predicate (`check`).
 * Text fields may name quantities as `{id}` or small formulas as `{= formula | decimals}`, which
 * are written at the cited values, so that no derived figure is typed.
 */
export const claimSchema = z
  .strictObject({
    id: claimId,
    /** Former ids of this claim, kept so that old links and /facts.json readers still resolve. */
    aliases: z.array(claimId).optional(),
    source: sourceId,
    locator: z.string().min(1),
    /** The statement as written: a short quoted fragment. */
    statement: z.string().min(1).max(200, 'quote at most a short fragment (200 characters)'),
    /** The stated value and unit as written ("3.76", "million GPU hours"). */
    stated: z.strictObject({ value: z.number(), unit: z.string() }).optional(),
    /** The stated value in the quantity's display unit (3.76e6 for "3.76 million" GPU·h). */
    stated_value: z.number().optional(),
    quantity: idSchema.optional(),
    /**
     * The stated figure's range where its words say more than its digits ("halved" is exact; "a
     * trillion" a round size), in the quantity's display unit, with this site's reading. Otherwise
     * the range is half a unit of the last digit of `stated.value` (src/lib/audit/intervals.ts).
     */
    stated_range: z.strictObject({ low: z.number(), high: z.number(), reading: z.string().min(1) }).optional(),
    /** A predicate for a non-numeric claim. */
    check: checkSchema.optional(),
    /** What the claim is compared with and why: the quantity its words name, as the source defines them. */
    reasoning: z.string().min(1),
    /** Why a stated figure does not recompute: what the arithmetic supports, in a line or two. */
    explanation: z.string().optional(),
    /** Why a claim cannot be checked from the figures we have. */
    uncheckable: z.string().optional(),
  })
  .refine((c) => c.check || c.uncheckable || (c.quantity && c.stated_value !== undefined && c.stated !== undefined), {
    message: 'a claim needs quantity + stated + stated_value, or a check, or an uncheckable reason',
  })
  .refine((c) => !(c.check && 'count_of_listed' in c.check) || c.stated_value !== undefined, {
    message: "a count_of_listed check compares with the claim's stated_value, which is missing",
    path: ['stated_value'],
  });

/** One facts file: any of the three kinds of record, each a list. */
export const factsFileSchema = z.strictObject({
  sources: z.array(sourceSchema).optional(),
  inputs: z.array(inputSchema).optional(),
  derived: z.array(derivedSchema).optional(),
  claims: z.array(claimSchema).optional(),
  ranges: z.array(rangeSchema).optional(),
  ...runFileFields(claimSchema),
});

export type FactsFile = z.infer<typeof factsFileSchema>;
