/** A small hand-built facts model for the audit tests: a run's overhead, goodput and length. */
import { buildModel } from '../../../src/lib/facts/load';
import { factsFileSchema } from '../../../src/lib/facts/schema';
import type { Model } from '../../../src/lib/engine/model';

/** The model with these claims (validated by the real schema); the quantities are fixed. */
export function auditModel(claims: unknown[]): Model {
  const data = factsFileSchema.parse({
    sources: [{ id: 'src', title: 'Notes', author: 'A. Author', kind: 'secondary' }],
    inputs: [
      { id: 't.overhead', label: 'Overhead', value: 51, unit: 'h', source: 'src', locator: 'p. 1' },
      {
        id: 't.goodput',
        label: 'Goodput',
        value: 0.9,
        unit: '1',
        display_unit: '%',
        format: { decimals: 1 },
        source: 'src',
        locator: 'p. 1',
      },
    ],
    derived: [
      {
        id: 't.wall',
        label: 'Wall-clock time',
        formula: 't.overhead / (1 - t.goodput)',
        unit: 'h',
        format: { decimals: 1 },
        meaning: 'Overhead over the unproductive share.',
      },
    ],
    claims,
  });
  return buildModel([{ name: 'test.yaml', data }]);
}

/**
 * A numeric claim on a quantity, stated as `stated` ± `tolerance`: an explicit stated interval
 * (`stated_range`), so that each test says the interval it compares with the recomputed value.
 */
export const numericClaim = (id: string, quantity: string, stated: number, tolerance: number, extra = {}) => ({
  id,
  source: 'src',
  locator: 'p. 2',
  statement: `it was ${stated}`,
  reasoning: 'The run’s wall-clock time.',
  stated: { value: stated, unit: 'as written' },
  stated_value: stated,
  quantity,
  stated_range: { low: stated - tolerance, high: stated + tolerance, reading: 'the test’s interval' },
  ...extra,
});
