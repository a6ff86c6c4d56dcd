/** The engine's mathjs has no BigNumber: decimal.js is a stand-in that refuses to make one, by name. */
import { describe, expect, it } from 'vitest';
import { bignumber } from 'mathjs';

describe('decimal.js stand-in', () => {
  it('is what mathjs itself gets, so making a BigNumber throws an error that says why', () => {
    expect(() => bignumber(1)).toThrow(/BigNumber is not available/);
  });
});
