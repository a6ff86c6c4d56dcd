/**
 * A stand-in for decimal.js, the arbitrary-precision library behind mathjs's BigNumber type.
 * The engine computes with JavaScript numbers only (mathjs's default `number: 'number'`), so no
 * BigNumber is ever made; mathjs still defines the class, and decimal.js alone would be about
 * 12 kB of the browser's engine chunk (budget 90 kB gzip). astro.config.mjs and vitest.config.ts
 * alias `decimal.js` to this file, so the build, the browser and the unit tests run the same
 * mathjs. Making a BigNumber throws, naming why, rather than computing something wrong.
 */
class Decimal {
  /** decimal.js's rounding mode for modulo; mathjs passes it to `clone`. */
  static readonly EUCLID = 9;

  /** A BigNumber class for mathjs to extend: it exists, but making one throws. */
  static clone(): typeof Decimal {
    return class BigNumber extends Decimal {};
  }

  /** mathjs calls this when its precision setting changes; there is nothing to set. */
  static config(): void {}

  constructor() {
    throw new Error('BigNumber is not available: the MAI Numbers engine computes with JavaScript numbers.');
  }
}

export default Decimal;
