import { describe, expect, it } from 'vitest';
import { formatExact, formatNumber } from '../../../src/lib/engine/format';

// Expected strings are written out by hand from the en-US conventions (comma grouping, point decimals).
describe.each([
  { n: 3_760_128, spec: { notation: 'compact' as const }, expected: '3.76 M' }, // three significant digits
  { n: 30e12, spec: { notation: 'compact' as const }, expected: '30 T' },
  { n: 35e9, spec: { notation: 'compact' as const }, expected: '35 B' },
  { n: 8192, spec: { notation: 'compact' as const }, expected: '8,192' }, // below a million: all digits
  { n: 510, spec: {}, expected: '510' },
  { n: 2216.236, spec: { decimals: 0 }, expected: '2,216' },
  { n: 3.5, spec: { decimals: 2 }, expected: '3.5' },
  { n: 1_671_168, spec: {}, expected: '1,671,168' },
])('formatNumber($n)', ({ n, spec, expected }) => {
  it(`is ${expected}`, () => expect(formatNumber(n, spec)).toBe(expected));
});

describe('formatExact', () => {
  it('keeps every significant digit', () => expect(formatExact(3_760_128)).toBe('3,760,128'));
});
