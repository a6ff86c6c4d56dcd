/**
 * A quantity's former id stays an alias: an old link that names it still sets the quantity, in
 * the build's parser and in the browser's copy of the model, and /facts.json lists it.
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/data/program';
import { loadFacts } from '../../../src/data/facts-files';
import { factsDocument } from '../../../src/lib/present/facts-document';
import { runtimeModel } from '../../../src/lib/present/runtime-model';
import { parseScenario } from '../../../src/lib/scenario';
import { expectClose } from '../support/approx';

const model = loadFacts('content/facts');

describe('compute.peak_pflops, the peak’s id while it was a bare number', () => {
  it('is an alias of compute.peak_flops', () =>
    expect(model.aliases?.['compute.peak_pflops']).toBe('compute.peak_flops'));

  it('still sets the peak from an old link, in PFLOP/s as before', () => {
    // 5 PFLOP/s: the B200's dense FP8 peak in a GB200, the source README's table.
    expect(parseScenario('?compute.peak_pflops=5', model)).toEqual({
      overrides: { 'compute.peak_flops': 5 },
      notices: [],
      spans: {},
    });
    expect(parseScenario('?compute.peak_pflops=5', runtimeModel(model)).overrides).toEqual({ 'compute.peak_flops': 5 });
  });

  it('is listed in /facts.json’s aliases', () => {
    const engine = createEngine(model);
    const values = engine.evaluate();
    if (!values.ok) throw values.error;
    const doc = factsDocument(engine, values.value, {}, { commit: 'x', date: '2026-01-01', url: 'http://x/' });
    expect(doc.aliases['compute.peak_pflops']).toBe('compute.peak_flops');
  });
});

describe('former ids whose bare number would change meaning under the new id', () => {
  const engine = createEngine(model);
  const values = engine.evaluate();
  if (!values.ok) throw values.error;
  const v = values.value;
  it.each([
    // A bare number of 10²⁴ FLOP under the old id, FLOP under the new: its own quantity, not an alias.
    ['compute.pretrain_flops', 'compute.pretrain_compute', 1e24],
    ['compute.total_flops', 'compute.total_compute', 1e24],
    // The same number, unit '1' then domain; kept because <Q> and figures read ids, not aliases.
    ['hardware.nvl64_domains', 'hardware.nvl64_domain_count', 1],
    ['hardware.mid2_nvl64_domains', 'hardware.mid2_nvl64_domain_count', 1],
  ])('%s stays a quantity in its stored unit, derived from %s', (old, id, scale) => {
    expect(model.aliases?.[old]).toBeUndefined();
    expect(model.quantities[old]!.unit).toBe('1');
    expect(model.quantities[id]!.unit).not.toBe('1');
    expect(engine.deps[old]).toEqual([id]);
    expectClose(v[old]! * scale, v[id]!);
  });
});
