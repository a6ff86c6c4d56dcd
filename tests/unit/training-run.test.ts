/**
 * The derived quantities of the training-run topics (stages, compute, hardware, overhead), at the
 * cited values. Each expected value is independent arithmetic on the notes' figures, written here.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../src/data/program';
import { loadFacts } from '../../src/data/facts-files';
import { isClose } from './support/approx';

const engine = createEngine(loadFacts('content/facts'));
const cited = engine.evaluate();
if (!cited.ok) throw cited.error;
const values = cited.value;

/** Relative closeness, as mathjs's tests compare numbers. */

// The notes' figures.
const TOKENS = { pre: 30e12, mid1: 3.4e12, mid2: 150e9 }; // 30T, 3.4T, 150B tokens
const TOTAL = TOKENS.pre + TOKENS.mid1 + TOKENS.mid2; // 33.55 T tokens
const PRODUCTIVE_S = (51 / (1 - 0.9) - 51) * 3600; // 459 h in seconds
const GPUS = 8192;
const ACTIVE = 35e9;

describe.each([
  // Overhead categories: 6.5 h, 14 h and 18 h of 51 h.
  { id: 'pretrain.recompute_share', expected: (6.5 / 51) * 100 },
  { id: 'pretrain.nonstepping_share', expected: (14 / 51) * 100 },
  { id: 'pretrain.mfu_drop_share', expected: (18 / 51) * 100 },
  { id: 'pretrain.named_overhead_hours', expected: 6.5 + 14 + 18 }, // 38.5 h
  { id: 'pretrain.unexplained_hours', expected: 51 - 38.5 }, // 12.5 h
  { id: 'pretrain.unexplained_share', expected: (12.5 / 51) * 100 },
  // Stages.
  { id: 'stages.total_tokens', expected: TOTAL },
  { id: 'stages.mid_tokens', expected: TOKENS.mid1 + TOKENS.mid2 },
  { id: 'stages.pretrain_share', expected: (TOKENS.pre / TOTAL) * 100 },
  { id: 'stages.mid1_share', expected: (TOKENS.mid1 / TOTAL) * 100 },
  { id: 'stages.mid2_share', expected: (TOKENS.mid2 / TOTAL) * 100 },
  { id: 'stages.mid1_context_growth', expected: 64 / 16 }, // 64 Ki over 16 Ki
  { id: 'stages.mid2_context_growth', expected: 256 / 64 }, // 256 Ki (262,144) over 64 Ki
  { id: 'stages.pretrain_sequences', expected: TOKENS.pre / 16384 },
  { id: 'stages.mid1_sequences', expected: TOKENS.mid1 / 65536 },
  { id: 'stages.mid2_sequences', expected: TOKENS.mid2 / 262144 },
  { id: 'stages.mid2_gpu_share', expected: (4096 / GPUS) * 100 },
  // Compute: 6·N·D with N the active parameters; MFU against 2.5 PFLOP/s dense BF16 per GPU.
  { id: 'compute.wall_gpu_hours', expected: 510 * GPUS },
  { id: 'compute.overhead_gpu_hours', expected: 51 * GPUS },
  { id: 'compute.tokens_per_second', expected: TOKENS.pre / PRODUCTIVE_S },
  { id: 'compute.pretrain_compute', expected: 6 * ACTIVE * TOKENS.pre }, // 6.3 × 10²⁴ FLOP
  { id: 'compute.pretrain_flops', expected: (6 * ACTIVE * TOKENS.pre) / 1e24 }, // the former id, in 10²⁴ FLOP
  { id: 'compute.total_compute', expected: 6 * ACTIVE * TOTAL },
  { id: 'compute.total_flops', expected: (6 * ACTIVE * TOTAL) / 1e24 },
  { id: 'compute.model_flops_per_gpu_second', expected: (6 * ACTIVE * TOKENS.pre) / (PRODUCTIVE_S * GPUS) },
  { id: 'compute.mfu', expected: ((6 * ACTIVE * TOKENS.pre) / (PRODUCTIVE_S * GPUS * 2.5e15)) * 100 },
  { id: 'compute.mfu_wall', expected: ((6 * ACTIVE * TOKENS.pre) / (510 * 3600 * GPUS * 2.5e15)) * 100 },
  // Hardware.
  { id: 'hardware.nvl72_racks', expected: GPUS / 72 },
  { id: 'hardware.nvl64_domain_count', expected: GPUS / 64 },
  { id: 'hardware.nvl64_domains', expected: GPUS / 64 },
  { id: 'hardware.mid2_nvl72_racks', expected: 4096 / 72 },
  { id: 'hardware.mid2_nvl64_domain_count', expected: 4096 / 64 },
  { id: 'hardware.mid2_nvl64_domains', expected: 4096 / 64 },
])('$id', ({ id, expected }) => {
  test(`is ${expected}`, () => {
    expect(isClose(values[id]!, expected, 1e-9), `${values[id]} vs ${expected}`).toBe(true);
  });
});

test('switching the peak to dense FP8 on the GB200 part halves the MFU', () => {
  // 5 PFLOP/s is twice 2.5 PFLOP/s.
  const r = engine.evaluate({ 'compute.peak_flops': 5 });
  if (!r.ok) throw r.error;
  expect(isClose(r.value['compute.mfu']!, values['compute.mfu']! / 2)).toBe(true);
});

test('attention FLOPs follow the cited layout: 5 sliding-window layers (window 512) to 1 global, causal', () => {
  // 78 layers (the notes) in the summary's 5 local + 1 global pattern: 78 / 6 = 13 global, 65 local.
  // PaLM's term is 12 FLOPs per layer, query channel (52 heads × 128, the reconstruction's
  // assumptions) and attended token. Global layers attend over 16,384 tokens, halved for the
  // causal mask; local layers over the full window of 512, not halved.
  const width = 52 * 128;
  const attention = 13 * 6 * width * 16384 + 65 * 12 * width * 512; // ≈ 1.116 × 10¹⁰
  expect(attention).toBeGreaterThan(1.05e10);
  expect(attention).toBeLessThan(1.15e10);
  expect(isClose(values['compute.attention_flops_per_token']!, attention)).toBe(true);

  const mfu = (flopsPerToken: number) => ((flopsPerToken * TOKENS.pre) / (PRODUCTIVE_S * GPUS * 2.5e15)) * 100;
  // Off by default: MFU is 6·N·D alone (≈ 18.6 %); the switch adds attention (≈ 19.6 %).
  expect(isClose(values['compute.mfu']!, mfu(6 * ACTIVE))).toBe(true);
  const counted = engine.evaluate({ 'compute.attention_factor': 1 });
  if (!counted.ok) throw counted.error;
  expect(isClose(counted.value['compute.mfu']!, mfu(6 * ACTIVE + attention))).toBe(true);
  // The two readings are published whatever the switch says.
  expect(isClose(values['compute.mfu_without_attention']!, mfu(6 * ACTIVE))).toBe(true);
  expect(isClose(values['compute.mfu_with_attention']!, mfu(6 * ACTIVE + attention))).toBe(true);
});
