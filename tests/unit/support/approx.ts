/**
 * The one closeness test of the unit tests: relative tolerance, as in mathjs's tools/approx.js
 * (decimal places do not scale), measured against the larger of the two numbers.
 */
import { expect } from 'vitest';

/** Whether `actual` is within `relTol` of `expected`, relative to the larger of the two. */
export function isClose(actual: number | undefined, expected: number, relTol = 1e-9): boolean {
  if (actual === undefined || !Number.isFinite(actual)) return false;
  const scale = Math.max(Math.abs(actual), Math.abs(expected), Number.MIN_VALUE);
  return Math.abs(actual - expected) <= relTol * scale;
}

/** Expects `actual` to be a number within `relTol` of `expected` (the message shows both). */
export function expectClose(actual: number | undefined, expected: number, relTol = 1e-9): void {
  expect(actual).toBeTypeOf('number');
  expect(isClose(actual, expected, relTol), `${actual} ≈ ${expected}`).toBe(true);
}
