/**
 * A stand-in for decimal.js, the arbitrary-precision library behind mathjs's BigNumber type.
 * The engine computes with JavaScript numbers only (mathjs's default `number: 'number'`), so no
 * BigNumber is ever made; mathjs still defines the class. mathjs runs only in the build and the
 * tests (the browser runs the formulas compiled to plain JavaScript); astro.config.mjs and
 * vitest.config.ts alias `decimal.js` to this file, so the build and the unit tests run the same
 * mathjs. Making a BigNumber throws, naming why, rather than computing something wrong; only
 * the inert constants mathjs makes when its modules load (`new Decimal(10)` in ceil and floor)
 * are allowed.
 */

/** An inert number-like object: mathjs's modules make a few at load time and never use them. */
function Decimal(this: object): void {}

/** decimal.js's rounding mode for modulo; mathjs passes it to `clone`. */
Decimal.EUCLID = 9;

/**
 * The BigNumber class mathjs builds on: a plain function, since mathjs replaces its `prototype`
 * (a class's is read-only). Calling it throws.
 */
Decimal.clone = function clone(): { (): never; prototype: object; config(): void } {
  function BigNumber(): never {
    throw new Error('BigNumber is not available: the MAI Numbers engine computes with JavaScript numbers.');
  }
  /** mathjs calls this when its precision setting changes; there is nothing to set. */
  BigNumber.config = (): void => {};
  return BigNumber;
};

export default Decimal;
