/** Bar widths of the charts: a table of cases, each with the arithmetic that gives it. */
import { describe, expect, test } from 'vitest';
import { barWidths } from '../../src/lib/present/chart';
import { linearScale, round2 } from '../../src/lib/present/geometry';

describe.each([
  // On a scale of 51 (total overhead) over 300 units: 6.5/51·300 = 38.24, 18/51·300 = 105.88.
  { values: [6.5, 18], full: 300, scale: 51, expected: [38.24, 105.88] },
  // Without a scale the largest bar fills the width.
  { values: [1, 2, 4], full: 100, scale: undefined, expected: [25, 50, 100] },
  // A bar larger than the scale is drawn at full width, never beyond.
  { values: [60, 30], full: 300, scale: 51, expected: [300, 150] },
  // Negative values (categories adding up to more than the total) draw as empty bars.
  { values: [-3, 51], full: 300, scale: 51, expected: [0, 300] },
  // Nothing to draw: every bar empty, no division by zero.
  { values: [0, 0], full: 300, scale: 0, expected: [0, 0] },
])('barWidths($values, $full, $scale)', ({ values, full, scale, expected }) => {
  test(`is ${expected.join(', ')}`, () => {
    expect(barWidths(values, full, scale)).toEqual(expected);
  });
});

test('a bar is as wide as the figures’ shared scale makes it (geometry.ts), to the last digit', () => {
  // barWidths writes the map out (see chart.ts); it must stay the one the figures use.
  const values = [0.1, 1 / 3, 6.5, 18, 29.99, 50.999];
  const x = linearScale(0, 51, 0, 300);
  expect(barWidths(values, 300, 51)).toEqual(values.map((v) => round2(x(v))));
});
