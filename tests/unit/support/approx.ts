/** Relative-tolerance comparison, as in mathjs's tools/approx.js: decimal places don't scale. */
import { expect } from 'vitest';

export function expectClose(actual: number | undefined, expected: number, relTol = 1e-9): void {
  expect(actual).toBeTypeOf('number');
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(Math.abs(actual! - expected) / scale, `${actual} ≈ ${expected}`).toBeLessThanOrEqual(relTol);
}
