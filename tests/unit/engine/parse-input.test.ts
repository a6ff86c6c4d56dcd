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
const gpus: Input = { ...hours, id: 't.gpus', label: 'GPUs', value: 8192, unit: 'GPU', integer: true, min: 1 };
const tokens: Input = { ...hours, id: 't.tokens', label: 'Tokens', value: 30e12, unit: 'token' };

/** The table of units the build writes for each stored unit (compile.ts). */
const tables: Record<string, ReturnType<typeof unitTable>> = {
  h: unitTable('h'),
  '1': unitTable('1'),
  GPU: unitTable('GPU'),
  token: unitTable('token'),
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
])('“$text” for $input.id', ({ input, text, expected }) => {
  it(`means ${expected}`, () => expect(parse(input, text)).toEqual({ ok: true, value: expected }));
});

// Refused text and the kind of error it gets.
describe.each([
  { input: hours, text: '', kind: 'empty' },
  { input: hours, text: '   ', kind: 'empty' },
  { input: hours, text: 'abc', kind: 'not-a-number' },
  { input: hours, text: '51 kg', kind: 'wrong-unit' },
  { input: hours, text: '-1', kind: 'out-of-range' },
  { input: hours, text: '1e309', kind: 'out-of-range' },
  { input: hours, text: 'NaN', kind: 'not-a-number' },
  { input: hours, text: 'Infinity', kind: 'not-a-number' },
  { input: hours, text: '<img src=x onerror=alert(1)>', kind: 'not-a-number' },
  { input: hours, text: '9'.repeat(10_000), kind: 'too-long' },
  { input: hours, text: '٥١', kind: 'not-a-number' }, // Arabic-Indic digits
  { input: share, text: '120 %', kind: 'out-of-range' },
  { input: share, text: '51 h', kind: 'not-a-number' },
  { input: gpus, text: '8192.5', kind: 'not-whole' },
  { input: gpus, text: '0', kind: 'out-of-range' },
  { input: tokens, text: '2 m', kind: 'wrong-unit' }, // scale words keep their case: m is not a million
  { input: tokens, text: '15 t', kind: 'wrong-unit' },
  { input: hours, text: '90 %', kind: 'wrong-unit' },
  { input: hours, text: '3 days 4 h', kind: 'wrong-unit' },
])('“$text” for $input.id', ({ input, text, kind }) => {
  it(`is refused as ${kind}`, () => {
    const r = parse(input, text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe(kind);
      expect(r.error.input).toBe(input.id);
      expect(r.error.message.length).toBeGreaterThan(10);
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
