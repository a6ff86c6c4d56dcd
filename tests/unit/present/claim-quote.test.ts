import { describe, expect, it } from 'vitest';
import { claimQuote } from '../../../src/lib/present/claim-quote';

// A made-up claim: the function only slices its words.
const claim = { id: 'claim.t', statement: 'This is consistent with the stated rate' };

describe('claimQuote', () => {
  it('quotes the whole statement', () => expect(claimQuote(claim)).toBe('This is consistent with the stated rate'));
  it('quotes the part after a phrase', () => expect(claimQuote(claim, 'consistent with')).toBe('the stated rate'));
  it('names the claim when the phrase is not in it', () =>
    expect(() => claimQuote(claim, 'nowhere')).toThrow('claim.t: its statement does not contain “nowhere”'));
});
