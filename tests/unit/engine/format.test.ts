import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExact, formatNumber, formatQuantity } from '../../../src/lib/engine/format';
import type { FormatSpec, Quantity } from '../../../src/lib/engine/model';

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

// A negative number has a true minus sign (U+2212), in every form, as the work and the audit write it.
describe.each([
  { n: -36_475_610_956, spec: { notation: 'compact' as const }, expected: '\u221236.5 B' },
  { n: -10, spec: {}, expected: '\u221210' },
  { n: -0.25, spec: { digits: 2 }, expected: '\u22120.25' },
])('formatNumber($n) with a minus', ({ n, spec, expected }) => {
  it(`is ${expected}`, () => expect(formatNumber(n, spec)).toBe(expected));
});

// Long numbers switch to scientific notation, in the site's "× 10ⁿ" form, before they widen a page.
describe.each([
  // 1e300 GPUs would be 300 digits in standard notation.
  { n: 1e300, spec: { decimals: 0 }, expected: '1 × 10³⁰⁰' },
  { n: -1e300, spec: { decimals: 0 }, expected: '\u22121 × 10³⁰⁰' },
  // The first standard number that switches: 10¹⁵; one below it still has every digit.
  { n: 1e15, spec: {}, expected: '1 × 10¹⁵' },
  { n: 999_999_999_999_999, spec: { decimals: 0 }, expected: '999,999,999,999,999' },
  // Compact numbers keep their scale word up to 999,999 T (10¹⁸ is the first to switch).
  { n: 2.5e15, spec: { notation: 'compact' as const }, expected: '2,500 T' },
  { n: 1.234e21, spec: { notation: 'compact' as const }, expected: '1.23 × 10²¹' },
  // Tiny numbers written to significant digits, too.
  { n: 1.5e-9, spec: { digits: 3 }, expected: '1.5 × 10⁻⁹' },
])('formatNumber($n) in scientific notation', ({ n, spec, expected }) => {
  it(`is ${expected}`, () => expect(formatNumber(n, spec)).toBe(expected));
});

describe('formatExact of long numbers', () => {
  it('is scientific with ten significant digits', () =>
    expect(formatExact(1.2345678901234e300)).toBe('1.23456789 × 10³⁰⁰'));
  it('has a true minus', () => expect(formatExact(-36_475_610_956)).toBe('\u221236,475,610,960'));
});

describe('no number widens the page', () => {
  // The longest positional text is "−999,999,999,999,999" (20 characters); scientific ones are shorter.
  const specs = fc.constantFrom<FormatSpec>(
    {},
    { decimals: 0 },
    { decimals: 2 },
    { digits: 3 },
    { digits: 6 },
    { notation: 'compact' },
    { notation: 'compact', digits: 6 },
  );
  it('formatNumber writes at most 24 characters for any double and any spec', () =>
    fc.assert(
      fc.property(fc.double(), specs, (n, spec) => {
        expect(formatNumber(n, spec).length).toBeLessThanOrEqual(24);
      }),
    ));
  it('formatExact writes at most 24 characters for any double', () =>
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(formatExact(n).length).toBeLessThanOrEqual(24);
      }),
    ));
  it('no form writes a hyphen-minus', () =>
    fc.assert(
      fc.property(fc.double(), specs, (n, spec) => {
        expect(formatNumber(n, spec)).not.toContain('-');
        expect(formatExact(n)).not.toContain('-');
      }),
    ));
});

describe('a percentage has one precision: its decimals, at most three significant digits', () => {
  const share = {
    id: 't.share',
    label: 'Share',
    kind: 'derived',
    unit: '1',
    display_unit: '%',
    format: { decimals: 2 },
  };
  const text = (n: number) => formatQuantity(share as Quantity, n).text;
  // 600 of 512 experts is 117.1875 %: three significant digits, as the cited 1.5625 % → 1.56 % has.
  it('117.1875 % is 117 %', () => expect(text(117.1875)).toBe('117 %'));
  it('1.5625 % is 1.56 %', () => expect(text(1.5625)).toBe('1.56 %'));
  it('0.447 % keeps its two decimals, 0.45 %', () => expect(text(0.447093889717)).toBe('0.45 %'));
  it('1,234.5 % keeps its integer digits', () => expect(text(1234.5)).toBe('1,235 %'));
});
