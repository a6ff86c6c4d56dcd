/**
 * Issue 17: at most 6 kB gzip of SVG markup per figure, at the cited values and at the heaviest
 * drawing a reader's edit can ask for within the inputs' bounds. The markup is the shapes written
 * as Shapes.astro writes them (one element per shape, its attributes in order).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../../src/data/program';
import { loadFacts } from '../../../src/data/facts-files';
import { FIGURES, type FigureName } from '../../../src/lib/present/figures';
import type { Shape } from '../../../src/lib/present/figures/shape';

const engine = createEngine(loadFacts('content/facts'));
const values = (overrides: Record<string, number> = {}) => {
  const r = engine.evaluate(overrides);
  if (!r.ok) throw r.error;
  return r.value;
};
const markup = (shapes: Shape[]) =>
  shapes
    .map((s) => {
      const attrs = Object.entries(s.attrs)
        .map(([k, v]) => ` ${k}="${v}"`)
        .join('');
      return s.text === undefined ? `<${s.tag}${attrs}></${s.tag}>` : `<${s.tag}${attrs}>${s.text}</${s.tag}>`;
    })
    .join('');
const gzip = (name: FigureName, overrides?: Record<string, number>) => {
  const v = values(overrides);
  return gzipSync(markup(FIGURES[name].draw((id) => v[id]!).shapes)).length;
};

const LIMIT = 6000;

describe('SVG markup per figure, gzip', () => {
  test.each(Object.keys(FIGURES) as FigureName[])('%s at the cited values', (name) => {
    expect(gzip(name)).toBeLessThanOrEqual(LIMIT);
  });

  test.each([
    // The most cells the layer stack draws: 600 (LAYER_STACK.maxCells), in rows of 6.
    { name: 'layer-stack', overrides: { 'arch.layers': 600 } },
    // The most marks: 256 racks × 64 GPUs = 16,384 GPUs, one rack a mark.
    { name: 'racks', overrides: { 'pretrain.gpus': 16384 } },
    // A mark per group of racks past that: 100,000 GPUs.
    { name: 'racks', overrides: { 'pretrain.gpus': 100000 } },
    // The whole expert grid (32 × 72 cells), a third, half and two thirds of it lit.
    { name: 'latent-moe', overrides: { 'arch.experts': 2304, 'arch.active_experts': 768 } },
    { name: 'latent-moe', overrides: { 'arch.experts': 2304, 'arch.active_experts': 1152 } },
    { name: 'latent-moe', overrides: { 'arch.experts': 2304, 'arch.active_experts': 1536 } },
    // …and all of it lit.
    { name: 'latent-moe', overrides: { 'arch.experts': 100000, 'arch.active_experts': 100000 } },
  ] as { name: FigureName; overrides: Record<string, number> }[])('$name at $overrides', ({ name, overrides }) => {
    expect(gzip(name, overrides)).toBeLessThanOrEqual(LIMIT);
  });
});
