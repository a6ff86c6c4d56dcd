import { describe, expect, it } from 'vitest';
import type { Input } from '../../../src/lib/engine/model';
import { unitTable } from '../../../src/lib/engine/compile';
import { parseInput } from '../../../src/lib/engine/parse-input';

const hours: Input = {
  kind: 'input',
  id: 't.hours',
  label: 'Overhead',
  value: 51,
  unit: 'h',
  source: 's',
  locator: 'l',
  assumption: false,
  min: 0,
  file: 'test.yaml',
};
const share: Input = { ...hours, id: 't.share', label: 'Goodput', value: 0.9, unit: '1', display_unit: '%', max: 1 };
const gpus: Input = {
  ...hours,
  id: 't.gpus',
  label: 'GPUs',
  value: 8192,
  unit: 'GPU',
  symbol: 'GPUs',
  integer: true,
  min: 1,
  max: 1e7,
};
const tokens: Input = {
  ...hours,
  id: 't.tokens',
  label: 'Tokens',
  value: 30e12,
  unit: 'token',
  symbol: 'tokens',
  max: 1e16,
};
const perRack: Input = {
  ...gpus,
  id: 't.per_rack',
  label: 'GPUs per rack',
  value: 72,
  unit: 'GPU / rack',
  symbol: 'GPUs per rack',
};

/** The table of units the build writes for each stored unit (compile.ts). */
const tables: Record<string, ReturnType<typeof unitTable>> = {
  h: unitTable('h'),
  '1': unitTable('1'),
  GPU: unitTable('GPU'),
  token: unitTable('token'),
  'GPU / rack': unitTable('GPU / rack'),
};
const parse = (input: Input, text: string, bare?: 'display' | 'stored') =>
  parseInput(input, text, tables[input.unit], bare);

// Accepted text and the value it means, in the input's own unit (arithmetic in the comment).
describe.each([
  { input: hours, text: '51', expected: 51 },
  { input: hours, text: '51 h', expected: 51 },
  { input: hours, text: '2.125 days', expected: 51 }, // 2.125 × 24 = 51
  { input: hours, text: '3060 min', expected: 51 }, // 3060 / 60 = 51
  { input: share, text: '90', expected: 0.9 }, // a bare number is read in the display unit, %
  { input: share, text: '90 %', expected: 0.9 },
  { input: share, text: '85%', expected: 0.85 },
  { input: gpus, text: '8,192', expected: 8192 },
  { input: gpus, text: '4 k', expected: 4000 },
  { input: gpus, text: '4,096', expected: 4096 },
  { input: gpus, text: '4096 GPUs', expected: 4096 },
  { input: hours, text: '3 days', expected: 72 }, // 3 × 24
  { input: hours, text: '3 Days', expected: 72 }, // unit words match in any case
  { input: hours, text: '36 h', expected: 36 },
  { input: hours, text: '36 HOURS', expected: 36 },
  { input: hours, text: '1 week', expected: 168 }, // 7 × 24
  { input: tokens, text: '15T', expected: 15e12 },
  { input: tokens, text: '15 trillion tokens', expected: 15e12 },
  { input: tokens, text: '2 M', expected: 2e6 }, // M is a million
  { input: share, text: '90 %', expected: 0.9 },
  { input: share, text: '90 percent', expected: 0.9 },
  // Issue 13: one forgiving grammar.
  { input: gpus, text: '4096 gpus', expected: 4096 }, // unit words in any case and in the plural
  { input: gpus, text: '1 GPU', expected: 1 },
  { input: tokens, text: '15T tokens', expected: 15e12 }, // a scale word before the unit
  { input: tokens, text: '15 T Tokens', expected: 15e12 },
  { input: tokens, text: '30 trillion', expected: 30e12 },
  { input: gpus, text: '4 096', expected: 4096 }, // a space between groups of three
  { input: gpus, text: '4\u2009096', expected: 4096 }, // a thin space
  { input: gpus, text: '4\u202f096 GPUs', expected: 4096 }, // a narrow no-break space
  { input: gpus, text: '1 000 000', expected: 1e6 },
  { input: gpus, text: '1,000,000', expected: 1e6 },
  { input: hours, text: '36 h 5 min', expected: 36 + 5 / 60 }, // compound durations add up
  { input: hours, text: '3 days 4 h', expected: 76 }, // 3 × 24 + 4
  { input: hours, text: '1 day 2 hours 30 minutes', expected: 26.5 }, // 24 + 2 + 0.5
  { input: hours, text: '2,100 h', expected: 2100 },
  { input: tokens, text: '1e13', expected: 1e13 },
  { input: tokens, text: '1.5e13 tokens', expected: 1.5e13 },
  { input: perRack, text: '72', expected: 72 },
  { input: perRack, text: '72 GPUs per rack', expected: 72 },
  { input: perRack, text: '72 GPU/rack', expected: 72 },
])('“$text” for $input.id', ({ input, text, expected }) => {
  it(`means ${expected}`, () => expect(parse(input, text)).toEqual({ ok: true, value: expected }));
});

// Refused text and the kind of error it gets.
describe.each([
  { input: hours, text: '', kind: 'empty' },
  { input: hours, text: '   ', kind: 'empty' },
  { input: hours, text: 'abc', kind: 'not-a-number' },
  { input: hours, text: '51 kg', kind: 'wrong-unit' },
  { input: hours, text: '-1', kind: 'too-small' },
  { input: hours, text: '1e309', kind: 'too-large' }, // an overflow, not a division by zero
  { input: hours, text: 'NaN', kind: 'not-a-number' },
  { input: hours, text: 'Infinity', kind: 'not-a-number' },
  { input: hours, text: '<img src=x onerror=alert(1)>', kind: 'not-a-number' },
  { input: hours, text: '9'.repeat(10_000), kind: 'too-long' },
  { input: hours, text: '٥١', kind: 'not-a-number' }, // Arabic-Indic digits
  { input: share, text: '120 %', kind: 'too-large' },
  { input: share, text: '51 h', kind: 'wrong-unit' },
  { input: gpus, text: '8192.5', kind: 'not-whole' },
  { input: gpus, text: '0', kind: 'too-small' },
  { input: tokens, text: '1e17', kind: 'too-large' },
  { input: tokens, text: '2 m', kind: 'wrong-unit' }, // scale words keep their case: m is not a million
  { input: tokens, text: '15 t', kind: 'wrong-unit' },
  { input: hours, text: '90 %', kind: 'wrong-unit' },
  { input: share, text: '85,5', kind: 'decimal-comma' }, // a decimal comma is refused …
  { input: gpus, text: '4,0', kind: 'decimal-comma' },
  { input: gpus, text: '1,5000', kind: 'decimal-comma' }, // … and so is a comma that is not a group of three
  { input: gpus, text: '4 09', kind: 'wrong-unit' }, // a space that does not separate a group of three
  { input: hours, text: '36 h 5', kind: 'wrong-unit' }, // each part of a compound needs a unit
  { input: share, text: '50 % 5 %', kind: 'wrong-unit' },
  { input: hours, text: '3 days 4 kg', kind: 'wrong-unit' },
  { input: gpus, text: '4096 h', kind: 'wrong-unit' },
])('“$text” for $input.id', ({ input, text, kind }) => {
  it(`is refused as ${kind}`, () => {
    const r = parse(input, text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe(kind);
      expect(r.error.input).toBe(input.id);
      expect(r.error.message.length).toBeGreaterThan(10);
      // Every message names the input by its label, never by its id.
      if (kind !== 'not-an-option') expect(r.error.message).toContain(input.label);
      expect(r.error.message).not.toContain(input.id);
    }
  });
});

describe('URL values', () => {
  it('read a bare number in the stored unit: goodput 0.8 is 80 %', () =>
    expect(parse(share, '0.8', 'stored')).toEqual({ ok: true, value: 0.8 }));
  it('read a bare number of hours in hours, and a unit when one is given', () => {
    expect(parse(hours, '51', 'stored')).toEqual({ ok: true, value: 51 });
    expect(parse(hours, '3 days', 'stored')).toEqual({ ok: true, value: 72 }); // 3 × 24
  });
});

describe('messages say what happened and suggest a fix', () => {
  const message = (input: Input, text: string, bare?: 'display' | 'stored') => {
    const r = parse(input, text, bare);
    if (r.ok) throw new Error(`“${text}” was accepted`);
    return r.error;
  };
  it('a decimal comma: did you mean the point?', () => {
    const e = message(share, '85,5');
    expect(e.suggestion).toBe('85.5 %');
    expect(e.message).toContain('Did you mean 85.5 %?');
  });
  it('too large names the bound, in the unit a reader sees', () => {
    const e = message(gpus, '1e300');
    expect(e.kind).toBe('too-large');
    expect(e.message).toMatch(/GPUs: “1e300” is too large\./);
  });
  it('an overflow is called too large to compute with, not a division by zero', () => {
    const e = message(hours, '1e309');
    expect(e.message).toContain('too large to compute with');
    expect(e.message).not.toMatch(/division/);
  });
  it('too small', () => expect(message(gpus, '0').message).toMatch(/too small\. It can be from 1 to/));
  it('not a number gives an example written as a person writes it', () => {
    expect(message(gpus, 'many').message).toContain('Try e.g. “8,192 GPUs”');
    expect(message(tokens, 'lots').message).toContain('Try e.g. “30T tokens”');
  });
  it('wrong unit names the unit the input is in', () =>
    expect(message(hours, '51 kg').message).toMatch(/^Overhead is in h; “51 kg” is not\./));
  it('a fraction in a link given as a percentage: did you mean the fraction?', () => {
    const e = message(share, '85', 'stored');
    expect(e.kind).toBe('too-large');
    expect(e.suggestion).toBe('0.85'); // 85 % written as a link writes it: 85 / 100
  });
  it('not whole: did you mean the nearest whole number?', () =>
    expect(message(gpus, '8192.4').suggestion).toBe('8,192 GPUs'));
});
