import { describe, expect, it } from 'vitest';
import type { Input } from '../../../src/lib/engine/model';
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
])('“$text” for $input.id', ({ input, text, expected }) => {
  it(`means ${expected}`, () => expect(parseInput(input, text)).toEqual({ ok: true, value: expected }));
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
])('“$text” for $input.id', ({ input, text, kind }) => {
  it(`is refused as ${kind}`, () => {
    const r = parseInput(input, text);
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
    expect(parseInput(share, '0.8', 'stored')).toEqual({ ok: true, value: 0.8 }));
});
