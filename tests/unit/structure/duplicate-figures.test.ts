/**
 * One input per cited figure: the build fails when two inputs give the same figure of the same
 * source, even when their units and locators differ (2.5 PFLOP/s in one file, 2.5e15 FLOP/s in
 * another), and a switch that names its options' inputs instead of copying them passes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactsError } from '../../../src/lib/facts/load';
import { loadFacts } from '../../../src/data/facts-files';

const FIXTURES = 'tests/fixtures/duplicate-figures';

describe('a cited figure typed twice', () => {
  const dir = join(FIXTURES, 'copied');
  const error = (() => {
    try {
      loadFacts(dir);
    } catch (e) {
      return e;
    }
    return undefined;
  })();

  it('fails the build with a FactsError', () => expect(error).toBeInstanceOf(FactsError));

  it('names both files and both fields', () => {
    const e = error as FactsError;
    // Files load in name order, so the switch in b-compute.yaml is the second of the pair.
    expect(e.file).toBe(join(dir, 'b-compute.yaml'));
    expect(e.recordId).toBe('run.peak_pflops');
    expect(e.field).toBe('options[0].value');
    expect(e.message).toContain(`"hw.peak" in ${join(dir, 'a-hardware.yaml')}, field "value"`);
    expect(e.message).toContain('same source "vendor-table"');
  });
});

describe('a switch that names its inputs', () => {
  const model = loadFacts(join(FIXTURES, 'named'));
  const peak = model.quantities['run.peak'];

  it('loads', () => expect(peak?.kind).toBe('input'));

  it('takes each option from its input, converted into its own unit', () => {
    // 2.5e15 FLOP/s is 2.5 PFLOP/s; 5e15 FLOP/s is 5 PFLOP/s (1 PFLOP = 1e15 FLOP).
    expect(peak?.kind === 'input' && peak.options).toEqual([
      { value: 2.5, label: 'BF16', from: 'hw.peak' },
      { value: 5, label: 'FP8', from: 'hw.fp8_peak' },
    ]);
    expect(peak?.kind === 'input' && peak.value).toBe(2.5);
  });

  it('keeps its former id as an alias', () => expect(model.aliases).toEqual({ 'run.peak_pflops': 'run.peak' }));
});
