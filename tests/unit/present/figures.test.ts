/**
 * The figures' geometry: what each draws from the facts. Expected values are independent
 * arithmetic on the notes' figures (78 layers, 8,192 GPUs, 72 and 64 GPUs a rack and a domain,
 * 30 T / 3.4 T / 150 B tokens, 35 B active parameters), written in each case.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../../src/data/program';
import { loadFacts } from '../../../src/data/facts-files';
import { needsTwoLines } from '../../../src/lib/present/chart';
import { FIGURES } from '../../../src/lib/present/figures';
import { flopsPerToken } from '../../../src/lib/present/figures/flops';
import { activeExperts } from '../../../src/lib/present/figures/latent-moe';
import { globalLayers, layerKinds, localLayers } from '../../../src/lib/present/figures/layer-stack';
import { paramParts } from '../../../src/lib/present/figures/params';
import { rackMarks } from '../../../src/lib/present/figures/racks';
import { fillDescription } from '../../../src/lib/present/figures/shape';
import { stageSpans } from '../../../src/lib/present/figures/stages';
import { expectClose } from '../support/approx';

/** The secondary summary's pattern: 5 local (sliding-window) layers, then 1 global. */
const FIVE_TO_ONE = localLayers(5);

const model = loadFacts('content/facts');
const engine = createEngine(model);
const cited = engine.evaluate();
if (!cited.ok) throw cited.error;
const values = cited.value;
const value = (id: string) => values[id]!;

describe('layer stack', () => {
  test('78 layers alternating: 39 MoE, starting dense; a global layer after every 5 local', () => {
    const kinds = layerKinds(78, 0.5, FIVE_TO_ONE);
    expect(kinds).toHaveLength(78);
    // Half of 78 is 39.
    expect(kinds.filter((k) => k.moe)).toHaveLength(39);
    expect(kinds.slice(0, 4).map((k) => k.moe)).toEqual([false, true, false, true]);
    // 78 / (5 + 1) = 13 periods, one global layer each, the sixth of its period.
    expect(kinds.filter((k) => k.global)).toHaveLength(13);
    expect(kinds.slice(0, 6).map((k) => k.global)).toEqual([false, false, false, false, false, true]);
  });

  test('MoE in every layer, and 60 layers (an edit): 10 global layers', () => {
    expect(layerKinds(78, 1, FIVE_TO_ONE).every((k) => k.moe)).toBe(true);
    // 60 / 6 = 10.
    expect(layerKinds(60, 0.5, FIVE_TO_ONE).filter((k) => k.global)).toHaveLength(10);
  });

  test('a count that is no whole number of layers draws nothing odd', () => {
    expect(layerKinds(Number.NaN, 0.5, FIVE_TO_ONE)).toEqual([]);
    expect(layerKinds(-3, 0.5, FIVE_TO_ONE)).toEqual([]);
  });

  test.each([
    // 78 = 13 × 6: 13 global. 80 = 13 × 6 + 2: the two left over are local. 84 = 14 × 6: 14.
    { layers: 78, expected: 13 },
    { layers: 80, expected: 13 },
    { layers: 84, expected: 14 },
    { layers: 0, expected: 0 },
    { layers: 1e308, expected: Math.floor(1e308 / 6) },
  ])('globalLayers($layers) is $expected', ({ layers, expected }) => {
    expect(globalLayers(layers, FIVE_TO_ONE)).toBe(expected);
  });

  test('a reader’s 1e308 layers draws the first 600 and says so', () => {
    const { shapes, texts } = FIGURES['layer-stack'].draw((id) => (id === 'arch.layers' ? 1e308 : value(id)));
    expect(shapes).toHaveLength(600);
    expect(texts['drawn']).toContain('first 600');
  });

  test('the pattern drawn is the input’s: 2 local layers per global one makes every third layer global', () => {
    const at = (local: number) =>
      FIGURES['layer-stack'].draw((id) => (id === 'recon.local_per_global' ? local : value(id)));
    // 78 layers in repeats of 3 (2 local + 1 global): 78 / 3 = 26 global layers.
    expect(at(2).texts['globals']).toBe('26');
    expect(at(2).texts['period']).toBe('3');
  });

  test('the figure draws one cell per layer, and redraws with the layer count', () => {
    const at = (layers: number) => FIGURES['layer-stack'].draw((id) => (id === 'arch.layers' ? layers : value(id)));
    expect(at(78).shapes).toHaveLength(78);
    expect(at(60).shapes).toHaveLength(60);
    expect(at(78).texts['globals']).toBe('13');
  });
});

describe('racks', () => {
  /** The rack quantities at `gpus`, with racks of `perRack` and domains of `perDomain` (the facts' formulas). */
  const rackValues = (gpus: number, perRack = 72, perDomain = 64) => {
    const r = engine.evaluate({
      'pretrain.gpus': gpus,
      'hardware.gpus_per_nvl72': perRack,
      'hardware.gpus_per_nvl64': perDomain,
    });
    if (!r.ok) throw r.error;
    return {
      used: r.value['hardware.gpus_per_rack_used'],
      racks: r.value['hardware.racks_used'],
      spare: r.value['hardware.spare_gpu_slots'],
    };
  };
  test.each([
    // 8,192 / 64 = 128 racks; 128 × 72 − 8,192 = 1,024 slots unused.
    { gpus: 8192, perDomain: 64, expected: { used: 64, racks: 128, spare: 1024 } },
    // 8,000 / 64 = 125 racks exactly; 8,010 needs a 126th with 10 GPUs: 126 × 72 − 8,010 = 1,062 spare.
    { gpus: 8010, perDomain: 64, expected: { used: 64, racks: 126, spare: 1062 } },
    // 100,000 / 64 = 1,562.5, so 1,563 racks; 1,563 × 72 − 100,000 = 12,536 spare.
    { gpus: 100000, perDomain: 64, expected: { used: 64, racks: 1563, spare: 12536 } },
    // Domains of 80 cannot sit in racks of 72: 720 GPUs take 720 / 72 = 10 full racks.
    { gpus: 720, perDomain: 80, expected: { used: 72, racks: 10, spare: 0 } },
  ])('$gpus GPUs in domains of $perDomain: the facts’ rack quantities', ({ gpus, perDomain, expected }) =>
    expect(rackValues(gpus, 72, perDomain)).toEqual(expected),
  );

  /** The racks each mark stands for (the facts' hardware.racks_per_mark) at `gpus`. */
  const racksPerMark = (gpus: number) => {
    const r = engine.evaluate({ 'pretrain.gpus': gpus });
    if (!r.ok) throw r.error;
    return r.value['hardware.racks_per_mark'];
  };

  test.each([
    // 8,192 GPUs: 128 racks, no more than the figure's 256 marks, so one rack a mark.
    { gpus: 8192, group: 1 },
    // 256 × 64 = 16,384 GPUs fill exactly 256 racks: still one a mark.
    { gpus: 16384, group: 1 },
    // One GPU more takes a 257th rack: ⌈257 / 256⌉ = 2 racks a mark.
    { gpus: 16385, group: 2 },
    // 100,000 GPUs: 1,563 racks, ⌈1,563 / 256⌉ = 7 racks a mark.
    { gpus: 100000, group: 7 },
  ])('$gpus GPUs: $group racks a mark (a quantity)', ({ gpus, group }) => expect(racksPerMark(gpus)).toBe(group));

  test('above a few hundred racks, one mark per group', () => {
    // 1,563 racks in groups of 7: ⌈1,563 / 7⌉ = 224 marks; 128 racks in groups of 1: 128.
    expect(rackMarks(1563, 7)).toBe(224);
    expect(rackMarks(128, 1)).toBe(128);
    expect(rackMarks(0, 0)).toBe(0);
    // 100,000 GPUs in 1,563 racks, 7 a mark: 224 marks of two shapes each.
    const r = engine.evaluate({ 'pretrain.gpus': 100000 });
    if (!r.ok) throw r.error;
    expect(FIGURES.racks.draw((id) => r.value[id]!).shapes).toHaveLength(2 * 224);
  });

  test('the figure draws two marks per rack (in use, spare), read from the rack quantities', () => {
    const { shapes } = FIGURES.racks.draw(value);
    // 8,192 / 64 = 128 racks at the cited figures, one a mark.
    expect(shapes).toHaveLength(2 * 128);
    expect(value('hardware.racks_per_mark')).toBe(1);
    // Each mark's in-use part is 64/72 of it.
    const spare = shapes[0]!.attrs;
    const used = shapes[1]!.attrs;
    expectClose(Number(used['height']) / (Number(used['height']) + Number(spare['height'])), 64 / 72, 0.01);
  });
});

describe('stages timeline', () => {
  test('bars one after another, each as long as its tokens', () => {
    // 30 + 3.4 + 0.15 = 33.55 T on 400 units: 30/33.55 × 400 = 357.68, 3.4/33.55 × 400 = 40.54.
    const spans = stageSpans([30e12, 3.4e12, 150e9], 400);
    expect(spans[0]).toEqual({ x: 0, w: 357.68 });
    expect(spans[1]).toEqual({ x: 357.68, w: 40.54 });
    expect(spans[2]!.x + spans[2]!.w).toBeCloseTo(400, 1);
  });

  test('a stage of no tokens has no length', () => {
    expect(stageSpans([30, 0, 10], 400)[1]!.w).toBe(0);
  });

  test('the axis ticks are every 10 T tokens, labels apart', () => {
    const ticks = FIGURES.stages
      .draw(value)
      .shapes.filter((s) => s.tag === 'text')
      .map((s) => s.text);
    expect(ticks).toEqual(['0', '10 T', '20 T', '30 T']);
  });
});

describe('parameter breakdown', () => {
  const sum = (a: number[]) => a.reduce((n, v) => n + v, 0);

  test('its parts add up to the reconstruction’s totals, all and active', () => {
    const { total, active } = paramParts(value);
    expectClose(sum(total), value('recon.total_params'), 1e-9);
    expectClose(sum(active), value('recon.active_params'), 1e-9);
  });

  test('only the experts differ between all and active', () => {
    const { total, active } = paramParts(value);
    // 8 active of 512: the active experts are 8/512 of all.
    expectClose(active[0]! / total[0]!, 8 / 512);
    expect(active.slice(1)).toEqual(total.slice(1));
  });

  const PARTS = ['expert', 'attention', 'dense_ffn', 'moe_shared', 'embedding'];
  test.each(['total', 'active'])('the parts’ shares of the %s parameters (quantities) add up to 100 %%', (of) => {
    // Shares are in their display unit, %: parts that add up to the whole add up to 100.
    expectClose(sum(PARTS.map((p) => value(`recon.${p}_share_of_${of}`))), 100, 1e-9);
  });

  test('a part’s share is its parameters over the whole, and the enlarged bar draws it', () => {
    const { total, active } = paramParts(value);
    // Independent arithmetic on the parts: attention over the sum of all parts, in %.
    expectClose(value('recon.attention_share_of_total'), (100 * total[1]!) / sum(total), 1e-9);
    expectClose(value('recon.expert_share_of_active'), (100 * active[0]!) / sum(active), 1e-9);
    // The enlarged bar (the third, y 164) gives each part its share of 400 units.
    const enlarged = FIGURES.params.draw(value).shapes.filter((s) => s.tag === 'rect' && s.attrs['y'] === 164);
    expectClose(Number(enlarged[0]!.attrs['width']), (400 * value('recon.expert_share_of_active')) / 100, 0.01);
  });
});

describe('FLOPs per token', () => {
  test('without attention, a token costs 6 × 35 B = 210 B FLOPs', () => {
    const { sixN, attention } = flopsPerToken(value);
    expect(attention).toBe(0);
    expectClose(sixN, 6 * 35e9, 1e-9);
  });
  test('attention’s share is a quantity: 0 % left out, and A / (6·N + A) counted', () => {
    expect(value('compute.attention_share')).toBe(0);
    const counted = engine.evaluate({ 'compute.attention_factor': 1 });
    if (!counted.ok) throw counted.error;
    // PaLM's term under the cited layout (13 global layers at 16,384 tokens, halved; 65 local layers
    // at the 512 window), over 52 query heads of 128 channels: 11,164,188,672 FLOP per token.
    const attention = (6 * 13 * 16384 + 12 * 65 * 512) * 52 * 128;
    expectClose(counted.value['compute.attention_share']!, (100 * attention) / (6 * 35e9 + attention), 1e-9);
  });
});

describe('LatentMoE', () => {
  test('8 of 512 experts lit, all different, none on the same column of 32', () => {
    const lit = activeExperts(512, 8);
    expect(new Set(lit).size).toBe(8);
    expect(lit.every((i) => i >= 0 && i < 512)).toBe(true);
    expect(new Set(lit.map((i) => i % 32)).size).toBe(8);
  });

  test('never more lit than there are experts', () => {
    expect(activeExperts(4, 8)).toHaveLength(4);
  });

  test('every expert active lights every cell once, and a lit row is one rect', () => {
    // 64 of 64: one in each share of one expert, so experts 0 to 63.
    expect(activeExperts(64, 64)).toEqual(Array.from({ length: 64 }, (_, i) => i));
    const lit = FIGURES['latent-moe']
      .draw((id) => ({ 'arch.experts': 64, 'arch.active_experts': 64 })[id] ?? value(id))
      .shapes.filter((s) => s.attrs['class'] === 'fig-active');
    // 64 experts in rows of 32: two rows, each lit from end to end.
    expect(lit).toHaveLength(2);
    // 31 cells and 0.8 of the last, of 400 / 32 = 12.5 units each: 31.8 × 12.5 = 397.5.
    expect(lit[0]!.attrs['width']).toBe(397.5);
  });
});

describe('every figure', () => {
  test.each(Object.entries(FIGURES))('%s draws finite shapes when every value is 1e308', (_, figure) => {
    const { shapes } = figure.draw(() => 1e308);
    const numbers = shapes.flatMap((s) => Object.values(s.attrs).filter((v) => typeof v === 'number'));
    expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
    expect(shapes.length).toBeLessThan(5000);
  });

  test.each(Object.entries(FIGURES))('%s reads only known quantities and draws finite shapes', (_, figure) => {
    expect(figure.ids.filter((id) => !model.quantities[id])).toEqual([]);
    const { shapes } = figure.draw(value);
    expect(shapes.length).toBeGreaterThan(0);
    const numbers = shapes.flatMap((s) => Object.values(s.attrs).filter((v) => typeof v === 'number'));
    expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
  });
});

describe('descriptions', () => {
  test('fill quantity texts and computed texts, by name', () => {
    const text = (id: string) => ({ 'arch.layers': '78 layers' })[id] ?? '?';
    expect(fillDescription('{arch.layers}, {=globals} global.', text, { globals: '13' })).toBe('78 layers, 13 global.');
  });
});

describe('bar chart rows', () => {
  test('a label and its value share a line when they fit in 300 units', () => {
    // (18 + 6 + 3) characters × 0.56 × 14 = 211.7 ≤ 300.
    expect(needsTwoLines([{ label: 'Recomputation time', text: '6.5 h' }])).toBe(false);
    // (40 + 12 + 3) × 7.84 = 431.2 > 300: the value takes a line of its own.
    expect(needsTwoLines([{ label: 'A label far too long for one line here..', text: '3.4 T tokens' }])).toBe(true);
  });
});
