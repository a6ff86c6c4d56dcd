import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/data/program';
import { loadFacts } from '../../../src/data/facts-files';
import { expectClose } from '../support/approx';
import { modelOf } from '../support/model';

const engine = createEngine(loadFacts('content/facts'));

// The site's own facts under scenarios. Expected values are arithmetic on the notes' stated figures:
// overhead 51 h, goodput 90 %, 8,192 GPUs, 30 T tokens, 1 T total and 35 B active parameters.
describe.each([
  { overrides: {}, id: 'pretrain.wall_hours', expected: 51 / (1 - 0.9) }, // 510 h, as the notes infer
  { overrides: {}, id: 'pretrain.productive_hours', expected: 51 / (1 - 0.9) - 51 }, // 459 h
  { overrides: {}, id: 'pretrain.gpu_hours', expected: 459 * 8192 }, // 3,760,128 GPU·h
  { overrides: {}, id: 'pretrain.tokens_per_gpu_second', expected: 30e12 / (459 * 8192 * 3600) }, // ≈ 2,216
  { overrides: {}, id: 'model.active_fraction', expected: (35e9 / 1e12) * 100 }, // 3.5 %
  { overrides: { 'pretrain.goodput': 0.8 }, id: 'pretrain.wall_hours', expected: 51 / (1 - 0.8) }, // 255 h
  { overrides: { 'pretrain.goodput': 0.8 }, id: 'pretrain.gpu_hours', expected: (255 - 51) * 8192 }, // 1,671,168
  { overrides: { 'pretrain.overhead_hours': 2.125 * 24 }, id: 'pretrain.wall_hours', expected: 510 }, // 2.125 days = 51 h
  { overrides: { 'pretrain.gpus': 4096 }, id: 'pretrain.gpu_hours', expected: 459 * 4096 }, // half the GPUs
])('$id with $overrides', ({ overrides, id, expected }) => {
  it('evaluates from the cited inputs', () => {
    const r = engine.evaluate(overrides);
    expect(r.ok).toBe(true);
    if (r.ok) expectClose(r.value[id], expected);
  });
});

describe('update', () => {
  it('recomputes only what depends on the edited input', () => {
    const cited = engine.evaluate();
    if (!cited.ok) throw cited.error;
    const r = engine.update(cited.value, { 'pretrain.tokens': 15e12 }, ['pretrain.tokens']);
    if (!r.ok) throw r.error;
    expect(r.value.recomputed).toContain('pretrain.tokens_per_gpu_second');
    expect(r.value.recomputed).not.toContain('pretrain.wall_hours'); // tokens do not affect time
    expect(r.value.recomputed).not.toContain('model.active_fraction');
    expectClose(r.value.values['pretrain.tokens_per_gpu_second'], 15e12 / (459 * 8192 * 3600));
  });

  it('returns the same values as a full evaluation', () => {
    const cited = engine.evaluate();
    if (!cited.ok) throw cited.error;
    const overrides = { 'pretrain.goodput': 0.85 };
    const partial = engine.update(cited.value, overrides, ['pretrain.goodput']);
    const full = engine.evaluate(overrides);
    if (!partial.ok || !full.ok) throw new Error('evaluation failed');
    expect(partial.value.values).toEqual(full.value);
  });

  it('reports a division by zero as a typed error naming the input, never Infinity', () => {
    const r = engine.evaluate({ 'pretrain.goodput': 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.name).toBe('EngineError');
      expect(r.error.inputs).toContain('pretrain.goodput');
      expect(r.error.message).toMatch(/infinite/);
    }
  });
});

describe('graph', () => {
  const model = modelOf({
    inputs: [
      { id: 't.a', label: 'a', value: 2, unit: 'h', source: 'test', locator: 'here', assumption: false },
      { id: 't.b', label: 'b', value: 3, unit: 'GPU', source: 'test', locator: 'here', assumption: false },
    ],
    derived: [
      { id: 't.ab', label: 'ab', formula: 't.a * t.b', unit: 'GPU h', meaning: 'product' },
      { id: 't.abb', label: 'abb', formula: 't.ab / t.b', unit: 'h', meaning: 'back to hours' },
    ],
  });
  const e = createEngine(model);

  it('knows each quantity’s inputs and dependents', () => {
    expect(e.inputsOf('t.abb')).toEqual(['t.a', 't.b']);
    expect(e.affectedBy(['t.a'])).toEqual(['t.ab', 't.abb']);
    expect(e.deps['t.abb']).toEqual(['t.ab', 't.b']);
  });

  it('evaluates with units: 2 h × 3 GPU = 6 GPU·h; 6 GPU·h ÷ 3 GPU = 2 h', () => {
    const r = e.evaluate();
    if (!r.ok) throw r.error;
    expect(r.value['t.ab']).toBe(6);
    expect(r.value['t.abb']).toBe(2);
  });
});
