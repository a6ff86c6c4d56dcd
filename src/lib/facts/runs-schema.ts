/** The schema of comparison runs (`runs:` in runs.yaml) and of their claims (`run_claims:`). */
import { z } from 'zod';

const runId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a run id is lower-case letters, digits and dashes');
const sourceId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a source id is lower-case letters, digits and dashes');
const figureId = z.string().regex(/^compare\.[a-z][a-z0-9_]*$/, 'a run states only comparison figures (compare.*)');

/** One figure a run states: a cited value, or one of the site's cited inputs (`from`) with its citation. */
export const runInputSchema = z
  .strictObject({
    /** In the comparison quantity's own unit. */
    value: z.number().refine(Number.isFinite, 'the value must be a finite number').optional(),
    /** The id of one of the site's inputs whose cited value and citation the run takes. */
    from: z.string().min(1).optional(),
    source: sourceId.optional(),
    locator: z.string().min(1).optional(),
    quote: z.string().max(160, 'quote at most a short fragment (160 characters)').optional(),
    /** How the source's words became this number. */
    reading: z.string().min(1).optional(),
    assumption: z.boolean().default(false),
    note: z.string().optional(),
  })
  .refine((i) => (i.value === undefined) !== (i.from === undefined), {
    message: 'a run figure has either a value (with source and locator) or `from`, not both',
  })
  .refine((i) => i.from !== undefined || (i.source !== undefined && i.locator !== undefined), {
    message: 'a run figure with a value needs a source and a locator',
  })
  .refine((i) => !i.assumption || i.note !== undefined, { message: 'an assumption needs a note saying it is ours' });

/** A named, cited set of figures for the comparison's formulas. */
export const runSchema = z
  .strictObject({
    id: runId,
    label: z.string().min(1),
    sources: z.array(sourceId).min(1),
    /** The site's cited scenario: its figures are the facts' own, so it states none. */
    cited: z.boolean().default(false),
    note: z.string().optional(),
    inputs: z.record(figureId, runInputSchema).default({}),
    /** Short notes shown in every cell a figure reaches: a convention that differs, or an assumption. */
    conventions: z
      .record(figureId, z.string().min(1).max(90, 'a convention is a short note (90 characters)'))
      .default({}),
  })
  .refine((r) => !r.cited || Object.keys(r.inputs).length === 0, {
    message: 'the cited run takes its figures from the facts; it states no inputs',
    path: ['inputs'],
  });

/** The fields a facts file may add for runs; takes the claim schema so that the two modules do not import each other. */
export const runFileFields = <Claim extends z.ZodType>(claim: Claim) => ({
  runs: z.array(runSchema).optional(),
  run_claims: z.array(z.strictObject({ run: runId, claims: z.array(claim) })).optional(),
});

export type RunRecord = z.infer<typeof runSchema>;
export type RunInputRecord = z.infer<typeof runInputSchema>;
