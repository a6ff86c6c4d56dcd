/**
 * "Show the work" lines in math notation: the branch that was taken, constants as a reader writes
 * them, each term and the result at its quantity's own precision, and no code syntax (`?`, `:`,
 * `>`, `e24`, `*`, doubled parentheses) in the line of any formula of the site's facts.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/data/program';
import { formatQuantity } from '../../../src/lib/engine/format';
import { constantText } from '../../../src/lib/engine/work-template';
import { loadFacts } from '../../../src/data/facts-files';
import { showWork } from '../../../src/lib/present/formula-work';
import { modelOf } from '../support/model';

const input = (id: string, value: number, extra: Record<string, unknown> = {}) => ({
  id,
  label: id,
  value,
  unit: '1',
  source: 'test',
  locator: 'x',
  assumption: false,
  ...extra,
});

// A small model of this test's own: a switch with named options, two widths and a count; every
// expected string is arithmetic written here.
const model = modelOf({
  inputs: [
    input('t.latent', 1, {
      label: 'Kind of layer',
      options: [
        { value: 1, label: 'Latent' },
        { value: 0, label: 'Standard' },
      ],
      min: 0,
      max: 1,
    }),
    input('t.narrow', 3072),
    input('t.wide', 6652),
    input('t.count', 64),
    input('t.loss', -5, { unit: 'h' }),
  ],
  derived: [
    { id: 't.width', label: 'Width', formula: 't.latent > 0 ? t.narrow : t.wide', unit: '1', meaning: 'm' },
    {
      id: 't.shared',
      label: 'Shared',
      formula: '(t.latent > 0 ? 2 * t.wide * t.narrow : 0) + t.width * t.count',
      unit: '1',
      meaning: 'm',
    },
    {
      id: 't.scaled',
      label: 'Scaled',
      formula: '(t.latent > 0 ? t.narrow + t.wide : t.wide) * t.count',
      unit: '1',
      meaning: 'm',
    },
    { id: 't.flops', label: 'FLOPs', formula: 't.count * 1e24 FLOP', unit: 'FLOP', meaning: 'm' },
    { id: 't.twice_loss', label: 'Twice the loss', formula: '2 * t.loss', unit: 'h', meaning: 'm' },
  ],
});
const engine = createEngine(model);
const under = (overrides: Record<string, number>) => {
  const r = engine.evaluate(overrides);
  if (!r.ok) throw r.error;
  return r.value;
};

describe.each([
  // latent: the true branch, 3,072; the chosen option is named
  { overrides: {}, id: 't.width', expected: '3,072 = 3,072 — Latent' },
  // standard: the false branch, 6,652
  { overrides: { 't.latent': 0 }, id: 't.width', expected: '6,652 = 6,652 — Standard' },
  // 2 × 6,652 × 3,072 + 3,072 × 64 = 40,869,888 + 196,608 = 41,066,496
  {
    overrides: {},
    id: 't.shared',
    expected: '2 × 6,652 × 3,072 + 3,072 × 64 = 41,066,496 — Latent',
  },
  // 0 + 6,652 × 64 = 425,728
  { overrides: { 't.latent': 0 }, id: 't.shared', expected: '0 + 6,652 × 64 = 425,728 — Standard' },
  // a taken sum inside a product keeps its parentheses: (3,072 + 6,652) × 64 = 622,336 …
  { overrides: {}, id: 't.scaled', expected: '(3,072 + 6,652) × 64 = 622,336 — Latent' },
  // … and a lone term needs none: 6,652 × 64 = 425,728
  { overrides: { 't.latent': 0 }, id: 't.scaled', expected: '6,652 × 64 = 425,728 — Standard' },
  // a negative term after an operator is parenthesised: 2 × (−5) = −10
  { overrides: {}, id: 't.twice_loss', expected: '2 × (−5 h) = −10 h' },
])('showWork($id) under $overrides', ({ overrides, id, expected }) => {
  it(`is “${expected}”`, () => expect(showWork(engine, under(overrides), id)).toBe(expected));
});

describe.each([
  { n: 1e24, expected: '10²⁴' }, // a power of ten as one
  { n: 2e18, expected: '2 × 10¹⁸' },
  { n: 1e12, expected: '10¹²' },
  { n: 6, expected: '6' },
  { n: 0.5, expected: '0.5' },
  { n: 100_000, expected: '100,000' },
])('constantText($n)', ({ n, expected }) => {
  it(`is “${expected}”`, () => expect(constantText(n)).toBe(expected));
});

describe('a constant with a unit in a work line', () => {
  // 64 × 10²⁴ FLOP: the constant as a power of ten, its unit after it
  it('reads "64 × 10²⁴ FLOP"', () => expect(showWork(engine, under({}), 't.flops')).toMatch(/^64 × 10²⁴ FLOP = /));
});

describe('the work line of every formula of the site', () => {
  const facts = loadFacts('content/facts');
  const site = createEngine(facts);
  // The cited values, and every switch (an input with options) set to each of its options.
  const scenarios: Record<string, number>[] = [{}];
  for (const q of Object.values(facts.quantities))
    if (q.kind === 'input' && q.options) for (const o of q.options) scenarios.push({ [q.id]: o.value });
  const derived = Object.values(facts.quantities).filter((q) => q.kind === 'derived');

  const valuesUnder = scenarios.map((overrides) => {
    const r = site.evaluate(overrides);
    if (!r.ok) throw r.error;
    return { overrides, values: r.value };
  });

  it.each(derived.map((q) => q.id))('%s reads as math, not code, under every switch', (id) => {
    for (const { overrides, values } of valuesUnder) {
      const line = showWork(site, values, id)!;
      const where = `${id} under ${JSON.stringify(overrides)}: ${line}`;
      // No conditional or comparison syntax, no exponent notation, no code operators.
      expect(line, where).not.toMatch(/[?:<>*^]|\de[+-]?\d|\b1e\d|==|!=|&&|\|\|/);
      // No private-use marks left over from the template.
      expect(line, where).not.toMatch(/[\uE000-\uF8FF]/);
      // A hyphen-minus is never an operator or a sign: a true minus (U+2212) is.
      expect(line, where).not.toMatch(/(^|[\s(])-/);
      // Parentheses only where precedence needs them: none doubled ("((1 > 0) ? …"), none empty, none
      // around a lone number; and they balance.
      expect(line, where).not.toMatch(/\(\(|\(\)|\([−\d][\d,.]*\)/);
      let depth = 0;
      for (const c of line) {
        depth += c === '(' ? 1 : c === ')' ? -1 : 0;
        expect(depth, where).toBeGreaterThanOrEqual(0);
      }
      expect(depth, where).toBe(0);
      // The result is the quantity's own text: one precision everywhere.
      const own = formatQuantity(facts.quantities[id]!, values[id]!).text;
      expect(line.split(' — ')[0]!.endsWith(` = ${own}`), where).toBe(true);
    }
  });
});
