/** The tokenizer behind the stated-numbers completeness test. Each row's input is a fragment of the sources. */
import { describe, expect, it } from 'vitest';
import { numberTokenSpans, numberTokens } from '../../src/lib/audit/number-tokens';

describe.each([
  // A thousands separator and a leading tilde: the number, without the tilde.
  { text: 'trained on “~15,000 NVIDIA H100 GPUs.”1', expected: ['15,000', 'H100'] },
  // Footnote mark glued to a word: dropped; the percentage keeps its sign.
  { text: '35 billion active parameters2 (3.5% active).', expected: ['35', 'billion', '3.5%'] },
  // Footnote marks after a quote, a comma and a parenthesis.
  { text: 'at one site”3 (probably)', expected: ['one'] },
  { text: 'technical report,3', expected: [] },
  { text: 'supercomputer).3', expected: [] },
  // Model names carry digits but state no number.
  { text: 'MAI-1-preview and MAI-Base-1, then MAI-Thinking-1 and MAI-1.', expected: [] },
  // Suffixed magnitudes stay whole; a stage label's digit is a token.
  { text: '- Mid-training 1: 3.4T tokens, 64K context.', expected: ['1', '3.4T', '64K'] },
  // Hardware names state what was used, so they are tokens.
  { text: '8,192 GB200 NVL72 GPUs and NVL64 domains', expected: ['8,192', 'GB200', 'NVL72', 'NVL64'] },
  // Spelled-out counts, also inside a hyphenated word.
  { text: 'a five-step process; six to ten times larger', expected: ['five', 'six', 'ten'] },
  // The news copy's reading time and a product name are not statements.
  { text: '3 Minutes\nMicrosoft 365 Copilot', expected: [] },
])('numberTokens($text)', ({ text, expected }) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(numberTokens(text)).toEqual(expected));
});

describe('numberTokenSpans', () => {
  it('gives each token its offsets in the original text, footnote marks and names included', () => {
    const text = 'MAI-Base-1 used 8,192 GPUs.”1 and 30T tokens';
    const spans = numberTokenSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['8,192', '30T']);
    expect(spans.map((s) => s.token)).toEqual(['8,192', '30T']);
  });
});
