import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/lib/facts/load';
import { loadFacts } from '../../../src/data/facts-files';
import { factsFileSchema } from '../../../src/lib/facts/schema';
import { createEngine } from '../../../src/data/program';
import { boxOf, createRanges, type Box, type Span } from '../../../src/lib/engine/ranges';
import { sensitivity } from '../../../src/lib/engine/sensitivity';

const model = loadFacts('content/facts');
const engine = createEngine(model);
const ranges = createRanges(engine);
const cited = boxOf(model);

describe('ranges through the formulas', () => {
  it('gives the wall-clock time 50.5 / 0.1005 to 51.5 / 0.0995 hours', () => {
    // Arithmetic from the stated precision: overhead 50.5–51.5 h, goodput 89.95–90.05 %.
    const [lo, hi] = ranges.range('pretrain.wall_hours', cited);
    expect(lo).toBeCloseTo(50.5 / 0.1005, 9);
    expect(hi).toBeCloseTo(51.5 / 0.0995, 9);
  });

  it('counts an input used twice once: productive hours are 452.0–466.1 h, not 451.0–467.1 h', () => {
    // productive = o / (1 − g) − o = o · g / (1 − g); both factors grow with o and with g, so the
    // extremes are o = 50.5, g = 0.8995 and o = 51.5, g = 0.9005 (arithmetic written here).
    const [lo, hi] = ranges.range('pretrain.productive_hours', cited);
    expect(lo).toBeCloseTo((50.5 * 0.8995) / 0.1005, 9);
    expect(hi).toBeCloseTo((51.5 * 0.9005) / 0.0995, 9);
    // The naive interval enclosure, [50.5/0.1005 − 51.5, 51.5/0.0995 − 50.5], is wider.
    expect(lo).toBeGreaterThan(50.5 / 0.1005 - 51.5 + 0.5);
    expect(hi).toBeLessThan(51.5 / 0.0995 - 50.5 - 0.5);
  });

  it('gives an input its own range in its display unit, and a plain override zero width', () => {
    const [lo, hi] = ranges.range('pretrain.goodput', cited);
    expect(lo).toBeCloseTo(89.95, 9);
    expect(hi).toBeCloseTo(90.05, 9);
    const typed = boxOf(model, { 'pretrain.goodput': 0.8 });
    const [wlo, whi] = ranges.range('pretrain.wall_hours', typed);
    expect(wlo).toBeCloseTo(50.5 / 0.2, 9);
    expect(whi).toBeCloseTo(51.5 / 0.2, 9);
  });

  it('matches brute force over a fine grid for every derived quantity of the site', () => {
    const order = engine.order.filter((id) => model.quantities[id]!.kind === 'derived');
    for (const id of order) {
      const varying = engine.inputsOf(id).filter((i) => {
        const [a, b] = cited.span(i);
        return a < b;
      });
      if (varying.length === 0 || varying.length > 4) continue;
      const [lo, hi] = ranges.range(id, cited);
      // Brute force: every point of a 5-point grid over the varying inputs, through the engine.
      const steps = 4;
      let blo = Infinity;
      let bhi = -Infinity;
      const at: Record<string, number> = {};
      const walk = (k: number): void => {
        if (k === varying.length) {
          const r = engine.evaluate(at);
          if (!r.ok) throw r.error;
          blo = Math.min(blo, r.value[id]!);
          bhi = Math.max(bhi, r.value[id]!);
          return;
        }
        const [a, b] = cited.span(varying[k]!);
        for (let g = 0; g <= steps; g++) {
          at[varying[k]!] = a + ((b - a) * g) / steps;
          walk(k + 1);
        }
      };
      walk(0);
      const eps = 1e-9 * Math.max(1, Math.abs(bhi));
      expect(lo, id).toBeLessThanOrEqual(blo + eps);
      expect(hi, id).toBeGreaterThanOrEqual(bhi - eps);
      // Tight: the grid includes the corners, so a monotone formula's range is reached exactly.
      expect(lo, id).toBeGreaterThanOrEqual(blo - eps);
      expect(hi, id).toBeLessThanOrEqual(bhi + eps);
    }
  }, 120_000);
});

/** A model with one non-monotone formula: y = x · (1 − x) + z, which turns at x = 1/2. */
function turning() {
  const data = factsFileSchema.parse({
    sources: [{ id: 'src', title: 'Notes', author: 'A. Author', kind: 'secondary' }],
    inputs: [
      { id: 't.x', label: 'x', value: 0.6, unit: '1', source: 'src', locator: 'p. 1', min: 0, max: 1 },
      { id: 't.z', label: 'z', value: 1, unit: '1', source: 'src', locator: 'p. 1', min: 0, max: 10 },
    ],
    derived: [{ id: 't.y', label: 'y', formula: 't.x * (1 - t.x) + t.z', unit: '1', meaning: 'A turn.' }],
  });
  const m = buildModel([{ name: 'test.yaml', data }]);
  return { m, r: createRanges(createEngine(m)) };
}

const box = (spans: Record<string, Span>, values: Record<string, number>): Box => ({
  span: (id) => spans[id]!,
  value: (id) => values[id]!,
});

describe('a non-monotone formula', () => {
  it('finds the turn inside the box, where the corners miss it', () => {
    const { r } = turning();
    // x in 0.3–0.9, z in 1–2: x(1 − x) is 0.21 at 0.3, 0.09 at 0.9 and 0.25 at the turn, x = 0.5.
    // So y runs from 0.09 + 1 to 0.25 + 2 (arithmetic written here); the corners alone give 2.21.
    const [lo, hi] = r.range('t.y', box({ 't.x': [0.3, 0.9], 't.z': [1, 2] }, { 't.x': 0.6, 't.z': 1.5 }));
    expect(lo).toBeCloseTo(1.09, 12);
    expect(hi).toBeCloseTo(2.25, 9);
  });
  it('gives the corners where the box holds no turn', () => {
    const { r } = turning();
    const [lo, hi] = r.range('t.y', box({ 't.x': [0.6, 0.8], 't.z': [1, 1] }, { 't.x': 0.7, 't.z': 1 }));
    expect(lo).toBeCloseTo(0.8 * 0.2 + 1, 12);
    expect(hi).toBeCloseTo(0.6 * 0.4 + 1, 12);
  });
});

describe('sensitivity', () => {
  it('splits the wall-clock range between overhead and goodput as a hand computation does', () => {
    // Overhead alone, at goodput 90 %: 50.5 / 0.1 to 51.5 / 0.1, a width of 10 h.
    // Goodput alone, at 51 h: 51 / 0.1005 to 51 / 0.0995.
    const byOverhead = 51.5 / 0.1 - 50.5 / 0.1;
    const byGoodput = 51 / 0.0995 - 51 / 0.1005;
    const total = byOverhead + byGoodput;
    const shares = sensitivity(ranges, model, 'pretrain.wall_hours', cited);
    expect(shares.map((s) => s.input)).toEqual(['pretrain.overhead_hours', 'pretrain.goodput']);
    expect(shares[0]!.share).toBeCloseTo(byOverhead / total, 9);
    expect(shares[1]!.share).toBeCloseTo(byGoodput / total, 9);
  });
  it('leaves out inputs of zero width', () => {
    const shares = sensitivity(ranges, model, 'pretrain.gpu_hours', cited);
    expect(shares.map((s) => s.input)).not.toContain('pretrain.gpus');
    expect(shares.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
  });
});
