import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/data/program';
import { showWork, termText } from '../../../src/lib/present/formula-work';
import { modelOf } from '../support/model';

// A small model shaped like the pre-training facts: overhead hours, a goodput shown as a
// percentage, a GPU count. Its values are this test's own inputs, so every expected string below
// is arithmetic written here: 51 / (1 − 0.9) = 510; (510 − 51) × 8,192 = 3,760,128.
const model = modelOf({
  inputs: [
    {
      id: 't.overhead_hours',
      label: 'Overhead',
      value: 51,
      unit: 'h',
      source: 'test',
      locator: 'x',
      assumption: false,
    },
    {
      id: 't.goodput',
      label: 'Goodput',
      value: 0.9,
      unit: '1',
      display_unit: '%',
      source: 'test',
      locator: 'x',
      assumption: false,
    },
    {
      id: 't.gpus',
      label: 'GPUs',
      value: 8192,
      unit: 'GPU',
      symbol: 'GPUs',
      source: 'test',
      locator: 'x',
      assumption: false,
    },
  ],
  derived: [
    { id: 't.wall_hours', label: 'Wall', formula: 't.overhead_hours / (1 - t.goodput)', unit: 'h', meaning: 'm' },
    {
      id: 't.gpu_hours',
      label: 'GPU-hours',
      formula: '(t.wall_hours - t.overhead_hours) * t.gpus',
      unit: 'GPU h',
      format: { notation: 'compact' },
      meaning: 'm',
    },
    {
      id: 't.share',
      label: 'Share',
      formula: '-t.overhead_hours / t.wall_hours',
      unit: '1',
      display_unit: '%',
      meaning: 'm',
    },
  ],
});
const engine = createEngine(model);
const valuesUnder = (overrides: Record<string, number>) => {
  const r = engine.evaluate(overrides);
  if (!r.ok) throw r.error;
  return r.value;
};

describe.each([
  // the cited scenario: 51 / (1 − 0.9) = 510; the goodput is written as it is shown, 90 % (= 0.9)
  { overrides: {}, id: 't.wall_hours', expected: '51 h / (1 − 90 %) = 510 h' },
  // goodput 80 %: 51 / (1 − 0.8) = 255
  { overrides: { 't.goodput': 0.8 }, id: 't.wall_hours', expected: '51 h / (1 − 80 %) = 255 h' },
  // (510 − 51) × 8,192 = 3,760,128; the result is written as the quantity itself is, compact with three digits
  { overrides: {}, id: 't.gpu_hours', expected: '(510 h − 51 h) × 8,192 GPUs = 3.76 M GPU·h' },
  // a unary minus and a percentage result: −51 / 510 = −10 %
  { overrides: {}, id: 't.share', expected: '−51 h / 510 h = −10 %' },
])('showWork($id) under $overrides', ({ overrides, id, expected }) => {
  it(`is “${expected}”`, () => expect(showWork(engine, valuesUnder(overrides), id)).toBe(expected));
});

describe('showWork', () => {
  it('has nothing to show for an input', () => expect(showWork(engine, valuesUnder({}), 't.gpus')).toBeUndefined());
});

describe.each([
  { id: 't.goodput', value: 90, expected: '90 %' }, // a percentage as it is shown (90 % is 0.9)
  { id: 't.overhead_hours', value: 51, expected: '51 h' },
  { id: 't.gpus', value: 8192, expected: '8,192 GPUs' },
  { id: 't.overhead_hours', value: 123_456.7, expected: '123,457 h' }, // large: whole units, as the quantity is shown
])('termText($id, $value)', ({ id, value, expected }) => {
  it(`is “${expected}”`, () => expect(termText(model.quantities[id]!, value)).toBe(expected));
});
