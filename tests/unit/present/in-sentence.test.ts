/** Titles inside a sentence. Cases are the site's own calculator titles and figure part names. */
import { describe, expect, test } from 'vitest';
import { inSentence } from '../../../src/lib/present/in-sentence';

describe('inSentence', () => {
  test.each([
    ['Compute and MFU', 'compute and MFU'],
    ['The largest RL job', 'the largest RL job'],
    ['Dense FFN', 'dense FFN'],
    ['Router, projections', 'router, projections'],
    ["MAI-1-preview's cluster and the ones after it", "MAI-1-preview's cluster and the ones after it"],
    ['GPUs in the run', 'GPUs in the run'],
    ['A', 'A'],
  ])('%s → %s', (title, expected) => expect(inSentence(title)).toBe(expected));
});
