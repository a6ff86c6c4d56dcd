import { describe, expect, it } from 'vitest';
import { formulaMathML } from '../../../src/lib/present/formula-mathml';
import { formulaTex } from '../../../src/lib/present/formula-tex';
import { termNames } from '../../../src/lib/present/formula-names';
import { modelOf } from '../support/model';

const input = (id: string) => ({
  id,
  label: id,
  value: 0.5,
  unit: '1',
  source: 'test',
  locator: 'x',
  quote: id, // each its own figure: equal values of one source are a copy unless their quotes differ
  assumption: false,
});
const model = modelOf({
  inputs: [input('t.overhead_hours'), input('t.goodput'), input('u.goodput')],
  derived: [
    { id: 't.wall_hours', label: 'Wall', formula: 't.overhead_hours / (1 - t.goodput)', unit: '1', meaning: 'm' },
    { id: 't.diff', label: 'Diff', formula: 't.goodput - u.goodput', unit: '1', meaning: 'm' },
  ],
});

describe.each([
  // ids become readable names; division becomes a fraction whose redundant parentheses go
  { id: 't.wall_hours', expected: '\\text{wall hours} = \\frac{\\text{overhead hours}}{1-\\text{goodput}}' },
  // two ids with one name: each carries its topic
  { id: 't.diff', expected: '\\text{diff} = \\text{goodput (t)}-\\text{goodput (u)}' },
])('formulaTex($id)', ({ id, expected }) => {
  it('names each term in words', () => expect(formulaTex(model, id)).toBe(expected));
});

describe('termNames', () => {
  it('keeps names unique within a formula', () =>
    expect(termNames(['a.total_params', 'b.total_params', 'a.x'])).toEqual({
      'a.total_params': 'total params (a)',
      'b.total_params': 'total params (b)',
      'a.x': 'x',
    }));
  it('writes acronyms as prose does', () =>
    expect(termNames(['pretrain.gpu_hours', 'compute.mfu'])).toEqual({
      'pretrain.gpu_hours': 'GPU hours',
      'compute.mfu': 'MFU',
    }));
});

describe('formulaTex', () => {
  it('refuses an input', () => expect(() => formulaTex(model, 't.goodput')).toThrow(/not a derived quantity/));
});

describe('formulaMathML', () => {
  const html = formulaMathML(model, 't.wall_hours');
  it('is a MathML element with a fraction', () => {
    expect(html).toMatch(/^<math /);
    expect(html).toContain('<mfrac>');
    expect(html).toMatch(/<mtext>overhead\shours<\/mtext>/); // temml writes the space as U+00A0
  });
  it('carries the formula in words as its alttext', () =>
    expect(html).toContain('alttext="wall hours = overhead hours / (1 - goodput)"'));
  it('does not garble ids into subscripts', () => expect(html).not.toContain('__'));
});
