/** The engine's mathjs has no BigNumber: the stand-in for decimal.js refuses to make one, by name. */
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';

describe('decimal.js stand-in', () => {
  it('is what mathjs gets here, and making a BigNumber throws an error that says why', () => {
    const BigNumber = Decimal.clone({ precision: 64 });
    expect(() => new BigNumber(1)).toThrow(/BigNumber is not available/);
  });
});
