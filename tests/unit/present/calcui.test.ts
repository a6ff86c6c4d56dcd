/**
 * The calculators' texts and structure (issue 13): the hint for an ambiguous percentage, the range
 * a field accepts, Reset's label and report, the live region's summary, and grouped inputs.
 * Inputs here are made up for the test, except where the real facts are loaded to build props.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/data/program';
import { loadFacts } from '../../../src/data/facts-files';
import { calculatorProps } from '../../../src/lib/present/calculator';
import { editSummary } from '../../../src/lib/present/edit-summary';
import { resetLabel, resetMessage } from '../../../src/lib/present/reset-message';

describe('Reset', () => {
  it('counts the calculator’s inputs in its label', () => {
    expect(resetLabel(3)).toBe('Reset this calculator’s 3 inputs');
    expect(resetLabel(1)).toBe('Reset this calculator’s 1 input');
  });
  it('reports where a shared input was reset too', () => {
    expect(resetMessage(4, [])).toBe('Reset this calculator’s 4 inputs to the cited values.');
    expect(resetMessage(4, [{ calculator: 'Run time', labels: ['Hours', 'GPUs'] }])).toBe(
      'Reset this calculator’s 4 inputs to the cited values. Also reset in “Run time”, which shares it: Hours, GPUs.',
    );
  });
});

describe('editSummary', () => {
  const r = (n: number) => ({ label: `R${n}`, text: `${n} h` });
  it('reads the results, at most three, and counts the rest', () => {
    expect(editSummary('Calc', [r(1)])).toBe('Calc: R1 1 h.');
    expect(editSummary('Calc', [r(1), r(2), r(3), r(4), r(5)])).toBe(
      'Calc: R1 1 h; R2 2 h; R3 3 h; and 2 more results.',
    );
  });
  it('leads with the hint, and says when nothing changed', () => {
    expect(editSummary('Calc', [], 'Read as 0.85 %.')).toBe('Read as 0.85 %. Calc: no result changed.');
  });
});

describe('calculatorProps groups', () => {
  const model = loadFacts('content/facts');
  const engine = createEngine(model);
  const cited = engine.evaluate();
  if (!cited.ok) throw cited.error;
  const inputs = ['pretrain.goodput', 'pretrain.overhead_hours', 'pretrain.gpus'];
  const props = (groups?: { heading: string; from: string }[]) =>
    calculatorProps(engine, cited.value, 'T', inputs, ['pretrain.wall_hours'], groups);

  it('puts every field in one section, with the work open, without groups', () => {
    const p = props();
    expect(p.sections.map((s) => [s.heading, s.fields.map((f) => f.id)])).toEqual([[undefined, inputs]]);
    expect(p.workOpen).toBe(true);
    expect(p.resetLabel).toBe(resetLabel(inputs.length));
  });
  it('splits the fields at each group’s first input, with the work closed', () => {
    const p = props([
      { heading: 'Run', from: 'pretrain.goodput' },
      { heading: 'Size', from: 'pretrain.gpus' },
    ]);
    expect(p.sections.map((s) => [s.heading, s.fields.map((f) => f.id)])).toEqual([
      ['Run', ['pretrain.goodput', 'pretrain.overhead_hours']],
      ['Size', ['pretrain.gpus']],
    ]);
    expect(p.workOpen).toBe(false);
  });
  it('refuses groups that do not start at the first input, in order, at the calculator’s inputs', () => {
    expect(() => props([{ heading: 'Size', from: 'pretrain.gpus' }])).toThrow(/first group must start/);
    expect(() => props([{ heading: 'X', from: 'pretrain.tokens' }])).toThrow(/not an input of it/);
    expect(() =>
      props([
        { heading: 'A', from: 'pretrain.goodput' },
        { heading: 'B', from: 'pretrain.gpus' },
        { heading: 'C', from: 'pretrain.overhead_hours' },
      ]),
    ).toThrow(/must start after the group before it/);
  });
});
