/** The scenario summary: which URL parameters count, how values are written, the citation query. */
import { describe, expect, test } from 'vitest';
import { changePhrase, changesQuery, scenarioChanges } from '../../../src/lib/present/scenario-summary';
import { modelOf } from '../support/model';

const model = modelOf({
  inputs: [
    // A share stored as a fraction and shown as a percentage, like goodput.
    {
      id: 't.goodput',
      label: 'Goodput',
      value: 0.9,
      unit: '1',
      display_unit: '%',
      max: 0.999,
      source: 'test',
      locator: 'p. 1',
    },
    { id: 't.gpus', label: 'GPUs', value: 8192, unit: 'GPU', integer: true, source: 'test', locator: 'p. 2' },
    { id: 't.hours', label: 'Overhead', value: 51, unit: 'h', source: 'test', locator: 'p. 3' },
  ],
  derived: [{ id: 't.wall', label: 'Wall', unit: 'h', formula: 't.hours / (1 - t.goodput)', meaning: 'test' }],
} as never);

describe.each([
  // A share in the URL is a fraction (0.8); the summary writes it as the page does (80 %).
  { search: '?t.goodput=0.8', expected: [['t.goodput', '90 %', '80 %']] },
  // Several inputs, listed in id order whatever the URL's order.
  {
    search: '?t.hours=60&t.goodput=0.8',
    expected: [
      ['t.goodput', '90 %', '80 %'],
      ['t.hours', '51 h', '60 h'],
    ],
  },
  // The cited value itself is no change.
  { search: '?t.gpus=8192', expected: [] },
  // Unknown ids, derived quantities and other parameters are ignored.
  { search: '?t.nope=1&t.wall=3&utm_source=x', expected: [] },
  // Not plain finite numbers: units, words, markup, infinity, empty.
  { search: '?t.hours=60%20h&t.gpus=many&t.goodput=%3Cb%3E', expected: [] },
  { search: '?t.hours=1e999&t.gpus=', expected: [] },
  // Values the page's live script would refuse: out of range, not whole, negative.
  { search: '?t.goodput=1&t.gpus=10.5&t.hours=-1', expected: [] },
  // Object.prototype names are not inputs.
  { search: '?constructor=1&__proto__=2', expected: [] },
])('scenarioChanges($search)', ({ search, expected }) => {
  test(`changes ${expected.map((e) => e[0]).join(', ') || 'nothing'}`, () => {
    expect(scenarioChanges(search, model).map((c) => [c.id, c.cited, c.value])).toEqual(expected);
  });
});

describe('a change', () => {
  const [change] = scenarioChanges('?t.goodput=0.8', model);
  test('reads as a phrase for a citation', () => expect(changePhrase(change!)).toBe('Goodput 80 % (cited: 90 %)'));
  test('keeps the URL value in the input’s own unit for the citation URL', () =>
    expect(changesQuery([change!])).toBe('?t.goodput=0.8'));
  test('no changes give no query', () => expect(changesQuery([])).toBe(''));
});
