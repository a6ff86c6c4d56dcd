/** The schema of one facts file (YAML): sources, inputs and derived quantities. */
import { z } from 'zod';

/** A public id: `topic.snake_name`, lower case, at least one dot, no double underscore. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, 'an id is lower-case `topic.snake_name` (letters, digits, _, at least one dot)')
  .refine((id) => !id.includes('__'), 'an id may not contain a double underscore');

const sourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a source id is lower-case letters, digits and dashes');

const formatSchema = z.strictObject({
  notation: z.enum(['compact', 'standard']).optional(),
  digits: z.number().int().min(1).max(21).optional(),
  decimals: z.number().int().min(0).max(20).optional(),
});

const unitString = z.string().min(1).refine((u) => u !== '%', 'store fractions with unit "1" and display_unit "%"');

const common = {
  id: idSchema,
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
  kind: z.enum(['primary', 'secondary', 'news']),
  note: z.string().optional(),
});

export const inputSchema = z
  .strictObject({
    ...common,
    value: z.number().refine(Number.isFinite, 'the value must be a finite number'),
    source: sourceId,
    locator: z.string().min(1),
    quote: z.string().max(160, 'quote at most a short fragment (160 characters)').optional(),
    assumption: z.boolean().default(false),
    note: z.string().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    options: z.array(z.strictObject({ value: z.number(), label: z.string().min(1) })).min(2).optional(),
  });

export const derivedSchema = z.strictObject({
  ...common,
  formula: z.string().min(1),
  meaning: z.string().min(1),
});

/** One facts file: any of the three kinds of record, each a list. */
export const factsFileSchema = z.strictObject({
  sources: z.array(sourceSchema).optional(),
  inputs: z.array(inputSchema).optional(),
  derived: z.array(derivedSchema).optional(),
});

export type FactsFile = z.infer<typeof factsFileSchema>;
