/** The change table's rows: which numbers differ from the cited values, their new text and the change in %. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/data/program';
import { loadFacts } from '../../../src/data/facts-files';
import {
  changeRows,
  changeText,
  changedNumbers,
  changesStatus,
  differs,
} from '../../../src/lib/present/scenario-changes';

const model = loadFacts('content/facts');
const engine = createEngine(model);
const cited = engine.evaluate();
if (!cited.ok) throw cited.error;

describe.each([
  { cited: 510, value: 255, expected: '−50 %' }, // half
  { cited: 90, value: 80, expected: '−11.1 %' }, // −10/90
  { cited: 2216, value: 4987, expected: '+125 %' }, // +2771/2216 = +125.05 %, three digits
  { cited: 100, value: 100, expected: '0 %' },
  { cited: 0, value: 3, expected: 'from zero' }, // no percentage of nothing
])('changeText($cited → $value)', ({ cited: c, value, expected }) => {
  it(`is ${expected}`, () => expect(changeText(c, value)).toBe(expected));
});

describe('differs', () => {
  it('ignores floating-point noise', () => expect(differs(510, 510.0000000000001)).toBe(false));
  it('sees a real change', () => expect(differs(510, 509.9)).toBe(true));
});

describe('a link with pretrain.goodput=0.8', () => {
  const scenario = engine.evaluate({ 'pretrain.goodput': 0.8 });
  if (!scenario.ok) throw scenario.error;
  const ids = ['pretrain.goodput', 'pretrain.overhead_hours', 'pretrain.wall_hours', 'pretrain.gpus'];
  const rows = changeRows(model, cited.value, ids);
  const changed = changedNumbers(model, rows, scenario.value);

  it('lists only the numbers that changed', () =>
    expect(changed.map((c) => c.id)).toEqual(['pretrain.goodput', 'pretrain.wall_hours']));
  it('writes the cited and the new wall-clock time with the engine’s formatter', () => {
    // 51 / (1 − 0.9) = 510 h cited (the notes); 51 / (1 − 0.8) = 255 h in the scenario.
    expect(rows.find((r) => r.id === 'pretrain.wall_hours')!.citedText).toBe('510 h');
    expect(changed.find((c) => c.id === 'pretrain.wall_hours')).toEqual({
      id: 'pretrain.wall_hours',
      valueText: '255 h',
      change: '−50 %',
    });
  });
  it('has nothing to list at the cited values', () => expect(changedNumbers(model, rows, cited.value)).toEqual([]));
});

describe('changesStatus', () => {
  it('is silent when nothing differs', () => expect(changesStatus(0)).toBe(''));
  it('counts in the singular and the plural', () => {
    expect(changesStatus(1)).toMatch(/^1 number on this page differs/);
    expect(changesStatus(5)).toMatch(/^5 numbers on this page differ/);
  });
});
