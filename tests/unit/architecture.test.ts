/**
 * The parameter-count reconstruction against arithmetic written here. The architecture figures
 * are typed from the notes' list (78 layers, hidden 6,652, full FFN 13,312, expert 10,240,
 * down-projection 3,072, 512 experts, 8 active); vocabulary 200,019 and 8 KV heads from the
 * sources README's secondary facts; 52 query heads of 128 channels are the site's assumption.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../src/data/program';
import { loadFacts } from '../../src/data/facts-files';
import { expectClose } from './support/approx';

const engine = createEngine(loadFacts('content/facts'));

interface Reading {
  moeShare: number;
  matrices: number;
  latent: boolean;
  expertReading: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  embeddings: number;
}

/** Total and active parameters of a reading, written out independently of the facts' formulas. */
function params(r: Reading): { total: number; active: number } {
  const layers = 78;
  const d = 6652;
  const ffn = 13312;
  const latentDim = 3072;
  const experts = 512;
  const active = 8;
  const vocab = 200019;
  const moeLayers = layers * r.moeShare;
  const denseLayers = layers - moeLayers;
  const width = r.latent ? latentDim : d;
  const perExpert = r.matrices * width * 10240 * r.expertReading;
  const attention = (2 * r.heads * r.headDim + 2 * r.kvHeads * r.headDim) * d;
  const dense = r.matrices * d * ffn;
  const shared = (r.latent ? 2 * d * latentDim : 0) + width * experts;
  const embedding = r.embeddings * vocab * d;
  const common = layers * attention + denseLayers * dense + moeLayers * shared + embedding;
  return {
    total: common + moeLayers * experts * perExpert,
    active: common + moeLayers * active * perExpert,
  };
}

const defaults: Reading = {
  moeShare: 0.5,
  matrices: 3,
  latent: true,
  expertReading: 0.5,
  heads: 52,
  kvHeads: 8,
  headDim: 128,
  embeddings: 1,
};

const overridesOf = (r: Reading) => ({
  'recon.moe_layer_share': r.moeShare,
  'recon.ffn_matrices': r.matrices,
  'recon.latent_moe': r.latent ? 1 : 0,
  'recon.expert_dim_reading': r.expertReading,
  'recon.attention_heads': r.heads,
  'recon.kv_heads': r.kvHeads,
  'recon.head_dim': r.headDim,
  'recon.embedding_matrices': r.embeddings,
});

describe.each([
  // the site's default reading: alternating layers, gated FFN, LatentMoE, fused gate-and-up expert width
  { name: 'default reading', reading: defaults },
  // MoE in every layer: 78 MoE layers instead of 39
  { name: 'MoE in every layer', reading: { ...defaults, moeShare: 1 } },
  // plain FFN: two matrices in every feed-forward block
  { name: 'plain FFN', reading: { ...defaults, matrices: 2 } },
  // standard MoE: experts at the hidden width, no latent projections
  { name: 'standard MoE', reading: { ...defaults, latent: false } },
  // expert dimension read as each expert's hidden width
  { name: 'expert dimension as hidden width', reading: { ...defaults, expertReading: 1 } },
  // untied embeddings and a different head layout
  { name: 'untied, 64 heads', reading: { ...defaults, embeddings: 2, heads: 64 } },
])('$name', ({ reading }) => {
  const result = engine.evaluate(overridesOf(reading));
  if (!result.ok) throw result.error;
  const v = result.value;
  const expected = params(reading);

  test('total and active parameters', () => {
    expectClose(v['recon.total_params'], expected.total);
    expectClose(v['recon.active_params'], expected.active);
  });

  test('differences from the stated 1 T, the stated 35 B and the reported 962 B', () => {
    expectClose(v['recon.total_minus_stated'], expected.total - 1e12);
    expectClose(v['recon.total_minus_reported'], expected.total - 962e9);
    expectClose(v['recon.active_minus_stated'], expected.active - 35e9);
  });
});

describe('the default reading lands near the public figures', () => {
  const result = engine.evaluate();
  if (!result.ok) throw result.error;
  const v = result.value;

  test('within 1 % of the reported 962 B total', () => {
    // the sources README: 962B total parameters
    expect(Math.abs(v['recon.total_params']! / 962e9 - 1)).toBeLessThan(0.01);
  });

  test('within 5 % of the stated 35 B active', () => {
    // the notes: 35 billion active parameters
    expect(Math.abs(v['recon.active_params']! / 35e9 - 1)).toBeLessThan(0.05);
  });

  test('each expert: 3 × 3,072 × 5,120 parameters', () => {
    expectClose(v['recon.params_per_expert'], 3 * 3072 * 5120);
  });

  test('switching to MoE in every layer moves the total far from both figures', () => {
    const every = engine.evaluate({ 'recon.moe_layer_share': 1 });
    if (!every.ok) throw every.error;
    expect(every.value['recon.total_params']!).toBeGreaterThan(1.5e12);
  });
});

describe.each([
  // 8 of 512 experts, from the notes' list
  { id: 'arch.expert_activation', expected: (8 / 512) * 100 },
  // 35 billion of 1 trillion, from the notes
  { id: 'model.active_fraction', expected: 3.5 },
  // 35 billion of the reported 962 billion
  { id: 'model.active_fraction_reported', expected: (35 / 962) * 100 },
  // 1 trillion less 962 billion
  { id: 'model.rounding_gap', expected: 38e9 },
  // 39 of 78 layers when dense and MoE layers alternate
  { id: 'recon.moe_layers', expected: 39 },
  { id: 'recon.dense_layers', expected: 39 },
])('$id', ({ id, expected }) => {
  test('recomputes', () => {
    const result = engine.evaluate();
    if (!result.ok) throw result.error;
    expectClose(result.value[id], expected);
  });
});

describe.each([
  // the news article: roughly 15,000 H100 GPUs, clusters six to ten times larger
  { id: 'family.target_gpus_low', expected: 15000 * 6 },
  { id: 'family.target_gpus_high', expected: 15000 * 10 },
  // the sources README's hardware table: 2.5 and 0.989 PFLOP/s dense BF16
  { id: 'family.gb200_per_h100', expected: 2.5 / 0.989 },
  // 8,192 GB200-class GPUs (the notes) in H100-equivalents
  { id: 'family.base_h100_equiv', expected: (8192 * 2.5) / 0.989 },
  { id: 'family.base_vs_preview', expected: (8192 * 2.5) / 0.989 / 15000 },
  { id: 'family.base_vs_target_low', expected: ((8192 * 2.5) / 0.989 / 90000) * 100 },
  // the notes: 4,096 rollout GPUs and 768 learner GPUs
  { id: 'rl.total_gpus', expected: 4096 + 768 },
  { id: 'rl.rollout_per_learner', expected: 4096 / 768 },
  { id: 'rl.rollout_share', expected: (4096 / (4096 + 768)) * 100 },
  { id: 'rl.vs_pretrain', expected: ((4096 + 768) / 8192) * 100 },
])('$id', ({ id, expected }) => {
  test('recomputes', () => {
    const result = engine.evaluate();
    if (!result.ok) throw result.error;
    // the engine keeps twelve significant digits
    expectClose(result.value[id], expected, 1e-10);
  });
});
