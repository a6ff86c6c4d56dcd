/**
 * One precision per quantity (issue 13): wherever a quantity appears (its inline text, the exact
 * "Value" row of its popover, a calculator's exact result, its edit field) it is written to its one
 * `format:`. A `fixed` precision keeps its trailing zeros in every form: the exact form may add
 * digits, never drop the ones the short form writes.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/data/program';
import { formatQuantity } from '../../../src/lib/engine/format';
import type { Input, Quantity } from '../../../src/lib/engine/model';
import { loadFacts } from '../../../src/data/facts-files';
import { fieldText } from '../../../src/lib/present/quantity';

/** The fraction digits of a number's text, once its unit and scale word are dropped ("90.0 %" has 1). */
const fractionDigits = (text: string): number => /\.(\d+)/.exec(text)?.[1]?.length ?? 0;

describe('a fixed precision', () => {
  // A made-up share written to a fixed tenth, as the goodput is: 0.9 is "90.0 %" (0.9 × 100 = 90, one decimal).
  const share = {
    id: 'test.share',
    kind: 'input',
    label: 'A share',
    value: 0.9,
    unit: '1',
    display_unit: '%',
    format: { decimals: 1, fixed: true },
  } as unknown as Input;
  it('keeps its tenth in the exact form (the popover’s Value row)', () => {
    expect(formatQuantity(share as Quantity, 90)).toEqual({ text: '90.0 %', exact: '90.0 %' });
  });
  it('keeps its tenth in the edit field', () => expect(fieldText(share, 0.9)).toBe('90.0'));
  it('adds digits but drops none where the value has more', () => {
    // 0.8537 is 85.37 %: the short form rounds to a tenth, the exact and field forms keep every digit.
    expect(formatQuantity(share as Quantity, 85.37)).toEqual({ text: '85.4 %', exact: '85.37 %' });
    expect(fieldText(share, 0.8537)).toBe('85.37');
  });
});

describe('every quantity of the site', () => {
  const model = loadFacts('content/facts');
  const engine = createEngine(model);
  const result = engine.evaluate();
  if (!result.ok) throw result.error;
  const values = result.value; // in each quantity's display unit
  it('writes its exact form and its field with at least the fraction digits of its short form, when fixed', () => {
    const short: string[] = [];
    for (const q of Object.values(model.quantities)) {
      if (!q.format?.fixed) continue;
      const { text, exact } = formatQuantity(q, values[q.id]!);
      if (/[×MBT]/.test(text)) continue; // scientific or a scale word: the exact form writes every digit instead
      if (fractionDigits(exact) < fractionDigits(text)) short.push(`${q.id}: ${text} beside exact ${exact}`);
      // A field is written from the stored value (0.9 for 90 %).
      if (q.kind === 'input' && fractionDigits(fieldText(q, q.value)) < fractionDigits(text))
        short.push(`${q.id}: ${text} beside field ${fieldText(q, q.value)}`);
    }
    expect(short).toEqual([]);
    // The goodput is one of them ("90.0% goodput", the source's words): the test is not vacuous.
    expect(model.quantities['pretrain.goodput']?.format?.fixed).toBe(true);
  });
});
