/** Small hand-built models for engine tests, through the same validation as the real facts. */
import { buildModel } from '../../../src/lib/facts/load';
import type { FactsFile } from '../../../src/lib/facts/schema';
import { factsFileSchema } from '../../../src/lib/facts/schema';

export const TEST_SOURCE = { id: 'test', title: 'Test', author: 'Tests', kind: 'primary' as const };

/** Builds a model from plain records (validated like a facts file named `test.yaml`). */
export function modelOf(data: Partial<FactsFile>) {
  const parsed = factsFileSchema.parse({ sources: [TEST_SOURCE], ...data });
  return buildModel([{ name: 'test.yaml', data: parsed }]);
}
