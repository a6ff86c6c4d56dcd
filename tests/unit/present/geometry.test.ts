/** The shared geometry of the figures: tables of cases, each with the arithmetic that gives it. */
import { describe, expect, test } from 'vitest';
import {
  clamp,
  clampLabel,
  coordinate,
  gridCells,
  linearScale,
  textWidth,
  visibleLabels,
} from '../../../src/lib/present/geometry';
import { niceTicks } from '../../../src/lib/present/ticks';

describe.each([
  // 0..51 onto 0..300: 6.5 lands at 6.5/51·300 = 38.235…
  { d: [0, 51], r: [0, 300], v: 6.5, expected: 38.2352941 },
  // A reversed range (an axis drawn upwards): 25 of 0..100 onto 200..0 is 150.
  { d: [0, 100], r: [200, 0], v: 25, expected: 150 },
  // A flat domain has no scale: everything at the range's start, no division by zero.
  { d: [5, 5], r: [10, 20], v: 7, expected: 10 },
  // A value that is not a number is drawn at the start rather than poisoning the SVG with NaN.
  { d: [0, 1], r: [0, 10], v: Number.NaN, expected: 0 },
])('linearScale($d → $r)($v)', ({ d, r, v, expected }) => {
  test(`is ${expected}`, () => expect(linearScale(d[0]!, d[1]!, r[0]!, r[1]!)(v)).toBeCloseTo(expected, 6));
});

describe.each([
  // 33.55 T over about 4 intervals: raw step 8.39 T, the next 1-2-5 step is 10 T, so 0, 10, 20, 30 T.
  { max: 33.55e12, count: 4, expected: [0, 10e12, 20e12, 30e12] },
  // 1 over 5: step 0.2 exactly, and 0.6 stays 0.6 (multiplied, not summed).
  { max: 1, count: 5, expected: [0, 0.2, 0.4, 0.6, 0.8, 1] },
  // 51 h over 4: raw 12.75, step 20: 0, 20, 40 (the last tick never passes the max).
  { max: 51, count: 4, expected: [0, 20, 40] },
  // Nothing to mark.
  { max: 0, count: 4, expected: [] },
  { max: -3, count: 4, expected: [] },
])('niceTicks($max, $count)', ({ max, count, expected }) => {
  test(`is ${expected.join(', ')}`, () => expect(niceTicks(max, count)).toEqual(expected));
});

describe('labels', () => {
  test('a label is estimated at 0.56 em a character', () => {
    // 10 characters at 14 units: 10 × 0.56 × 14 = 78.4
    expect(textWidth('0123456789', 14)).toBeCloseTo(78.4, 9);
  });

  describe.each([
    // Centred at 200 in a 400 frame, a 40-wide label starts at 180.
    { x: 200, width: 40, limit: 400, start: 180 },
    // At the left edge it starts at 0, not at −20.
    { x: 0, width: 40, limit: 400, start: 0 },
    // At the right edge it ends at the frame: 400 − 40 = 360.
    { x: 400, width: 40, limit: 400, start: 360 },
    // Wider than the frame: it starts at 0 (and the frame's overflow shows the rest).
    { x: 10, width: 500, limit: 400, start: 0 },
  ])('clampLabel($x, $width, $limit)', ({ x, width, limit, start }) => {
    test(`starts at ${start}`, () => expect(clampLabel(x, width, limit)).toEqual({ x: start, width }));
  });

  test.each([
    // Apart: all shown.
    {
      spans: [
        { x: 0, width: 10 },
        { x: 20, width: 10 },
      ],
      gap: 4,
      expected: [true, true],
    },
    // The second starts 2 after the first ends, closer than the gap of 4: hidden.
    {
      spans: [
        { x: 0, width: 10 },
        { x: 12, width: 10 },
      ],
      gap: 4,
      expected: [true, false],
    },
    // Priority: the first wins even when a later one would fit between the hidden ones.
    {
      spans: [
        { x: 50, width: 20 },
        { x: 40, width: 20 },
        { x: 0, width: 10 },
        { x: 80, width: 10 },
      ],
      gap: 2,
      expected: [true, false, true, true],
    },
  ])('visibleLabels hides the labels that collide with shown ones: %#', ({ spans, gap, expected }) => {
    expect(visibleLabels(spans, gap)).toEqual(expected);
  });
});

describe('gridCells', () => {
  test('78 cells in rows of 6 fill 13 rows of a 400 × 240 box, rows capped at 22', () => {
    const cells = gridCells(78, 6, 400, 240, 4, 22);
    expect(cells).toHaveLength(78);
    // 240 / 13 = 18.46 per row, under the cap; a cell is that less the gap of 4.
    expect(cells[6]).toEqual({ x: 0, y: 18.46, w: 62.67, h: 14.46 });
    // The last cell: column 5 (5 × 400/6 = 333.33), row 12 (12 × 18.46 = 221.54).
    expect(cells[77]).toEqual({ x: 333.33, y: 221.54, w: 62.67, h: 14.46 });
  });

  test('few cells keep the row cap instead of stretching', () => {
    // 2 rows of 240 would be 120 each: capped at 22.
    expect(gridCells(12, 6, 400, 240, 4, 22)[6]!.y).toBe(22);
  });

  test('a dense grid keeps a third of each cell for the cell', () => {
    // 600 rows in 240: 0.4 per row, the gap shrinks to 0.4/3 so the cell is 0.27 tall.
    const cells = gridCells(3600, 6, 400, 240, 4, 22);
    expect(cells[0]!.h).toBeCloseTo(0.27, 2);
  });

  test('nothing to draw', () => {
    expect(gridCells(0, 6, 400, 240, 4, 22)).toEqual([]);
    expect(gridCells(5, 0, 400, 240, 4, 22)).toEqual([]);
  });
});

describe('coordinates', () => {
  test.each([
    // Hundredths: 357.6795 rounds to 357.68, 1/3 to 0.33.
    { v: 357.6795, expected: 357.68 },
    { v: 1 / 3, expected: 0.33 },
    // Out of range (a reader's 1e308 overflowing a scale) or not a number: drawn at 0, never NaN.
    { v: Number.POSITIVE_INFINITY, expected: 0 },
    { v: Number.NaN, expected: 0 },
  ])('coordinate($v) is $expected', ({ v, expected }) => expect(coordinate(v)).toBe(expected));

  test.each([
    { v: 5, lo: 0, hi: 1, expected: 1 },
    { v: -2, lo: 0, hi: 1, expected: 0 },
    { v: 0.25, lo: 0, hi: 1, expected: 0.25 },
  ])('clamp($v, $lo, $hi) is $expected', ({ v, lo, hi, expected }) => expect(clamp(v, lo, hi)).toBe(expected));
});
