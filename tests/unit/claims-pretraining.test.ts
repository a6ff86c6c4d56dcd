/**
 * The verdict on every claim of claims-pretraining.yaml. Expected values are independent
 * arithmetic on the notes' own figures, written in each row; none is copied from the site.
 */
import { describe, expect, test } from 'vitest';
import { auditClaim, type Verdict } from '../../src/lib/audit/verdict';
import { createEngine } from '../../src/data/program';
import { loadFacts } from '../../src/data/facts-files';
import { isClose } from './support/approx';

const model = loadFacts('content/facts');
const engine = createEngine(model);
const cited = engine.evaluate();
if (!cited.ok) throw cited.error;
const values = cited.value;

/** Relative closeness, as mathjs's tests compare numbers. */

// The notes' figures: 51 h overhead at 90 % goodput, 8,192 GPUs, 30 T tokens, 35 B active parameters.
const GPU_H = (51 / (1 - 0.9) - 51) * 8192; // 459 h × 8,192 = 3,760,128 GPU·h
const TOKENS_PER_GPU_S = 30e12 / (GPU_H * 3600); // ≈ 2,216 tokens/GPU/s
const MFU_PCT = ((6 * 35e9 * TOKENS_PER_GPU_S) / 2.5e15) * 100; // dense BF16 peak of a GB200's B200: ≈ 18.6 %

const ATTENTION = 13 * 6 * 52 * 128 * 16384 + 65 * 12 * 52 * 128 * 512; // cited layout, causal: ≈ 1.116e10 FLOP/token
const MFU_ATT_PCT = (((6 * 35e9 + ATTENTION) * TOKENS_PER_GPU_S) / 2.5e15) * 100; // ≈ 19.6 %

const cases: { id: string; verdict: Verdict; recomputed: number | undefined }[] = [
  { id: 'claim.pretrain.recompute_share', verdict: 'inconsistent', recomputed: (6.5 / 51) * 100 }, // 12.7 %, not 15 %
  { id: 'claim.pretrain.nonstepping_share', verdict: 'consistent', recomputed: (14 / 51) * 100 }, // 27.45 % ≈ 27 %
  { id: 'claim.pretrain.mfu_drop_share', verdict: 'consistent', recomputed: (18 / 51) * 100 }, // 35.29 % ≈ 35 %
  // 18 h > 14, 6.5 and 51 − 38.5 = 12.5; the 18 h is the notes' own figure (an input), so nothing is recomputed
  { id: 'claim.pretrain.mfu_drop_largest', verdict: 'consistent', recomputed: undefined },
  { id: 'claim.pretrain.lost_hours_list', verdict: 'inconsistent', recomputed: 18 + 14 + 6.5 }, // 38.5 h of 51 h lost
  { id: 'claim.pretrain.goodput_gpus', verdict: 'consistent', recomputed: 8192 }, // 8,192 is within 8K ± 500
  { id: 'claim.pretrain.global_batch', verdict: 'consistent', recomputed: 8192 * 16384 }, // 2²⁷ = 134,217,728 ≈ 134M
  { id: 'claim.compute.mfu', verdict: 'inconsistent', recomputed: MFU_PCT }, // ≈ 18.6 %, outside 20 ± 0.5
  { id: 'claim.stages.five_steps', verdict: 'inconsistent', recomputed: 3 }, // three stages listed, five announced
  { id: 'claim.stages.mid2_halved', verdict: 'consistent', recomputed: (4096 / 8192) * 100 }, // exactly half
  { id: 'claim.stages.mid2_context_decimal_k', verdict: 'consistent', recomputed: 256 * 1024 }, // 262,144 ≈ 262,000 ± 500
  { id: 'claim.hardware.b200_gpus', verdict: 'consistent', recomputed: 8192 }, // same count in both passages
  { id: 'claim.hardware.b200_naming', verdict: 'consistent', recomputed: 72 }, // 36 superchips × 2 B200 = 72 GPUs
  { id: 'claim.hardware.nvl72_racks', verdict: 'not-checkable', recomputed: undefined }, // no rack count is stated
  { id: 'claim.hardware.nvl64_domains', verdict: 'consistent', recomputed: 8192 / 64 }, // 128 domains exactly
  { id: 'claim.hardware.one_site', verdict: 'not-checkable', recomputed: undefined }, // no figure bears on it
];

describe.each(cases)('$id', ({ id, verdict, recomputed }) => {
  const claim = model.claims![id]!;

  test(`is ${verdict}`, () => {
    expect(claim, `claim ${id} is missing`).toBeDefined();
    const result = auditClaim(claim, model, values);
    expect(result.verdict).toBe(verdict);
    if (recomputed === undefined) expect(result.recomputed).toBeUndefined();
    else expect(isClose(result.recomputed!, recomputed, 1e-6), `${result.recomputed} vs ${recomputed}`).toBe(true);
    if (verdict === 'inconsistent') expect(result.explanation).toBeTruthy();
  });
});

test('every claim of the training-run topics has a row above', () => {
  const ours = Object.values(model.claims!)
    .filter((c) => c.file.endsWith('claims-pretraining.yaml'))
    .map((c) => c.id)
    .sort();
  expect(ours).toEqual(cases.map((c) => c.id).sort());
});

test('the five-step claim counts the stages the notes list, as the stage inputs’ locators name them', () => {
  // The notes list pre-training, mid-training 1 and mid-training 2.
  const prefix = '“Training MAI-Base-1”, list of stages, ';
  const fromLocators = [
    ...new Set(
      Object.values(model.quantities)
        .filter((q) => q.kind === 'input' && q.locator.startsWith(prefix))
        .map((q) => (q.kind === 'input' ? q.locator.slice(prefix.length) : '')),
    ),
  ].sort();
  expect(fromLocators).toEqual(['mid-training 1', 'mid-training 2', 'pre-training']);
  const check = model.claims!['claim.stages.five_steps']!.check!;
  expect('count_of_listed' in check && [...check.count_of_listed.items].sort()).toEqual(fromLocators);
});

test('the MFU verdict says what it rests on under each setting', () => {
  // Without attention ≈ 18.6 % (outside 20 ± 0.5); with attention ≈ 19.6 % (inside).
  expect(isClose(values['compute.mfu_without_attention']!, MFU_PCT, 1e-6)).toBe(true);
  expect(isClose(values['compute.mfu_with_attention']!, MFU_ATT_PCT, 1e-6)).toBe(true);
  const counted = engine.evaluate({ 'compute.attention_factor': 1 });
  if (!counted.ok) throw counted.error;
  expect(auditClaim(model.claims!['claim.compute.mfu']!, model, counted.value).verdict).toBe('consistent');
});

describe('verdicts follow the values', () => {
  const audit = (id: string, overrides: Record<string, number>) => {
    const r = engine.evaluate(overrides);
    if (!r.ok) throw r.error;
    return auditClaim(model.claims![id]!, model, r.value);
  };

  test.each([
    // 7.65 h is 15 % of 51 h, so the stated share then holds.
    { id: 'claim.pretrain.recompute_share', overrides: { 'pretrain.recompute_hours': 7.65 }, verdict: 'consistent' },
    // 20 h of recomputation would be larger than the 18 h of MFU drop.
    { id: 'claim.pretrain.mfu_drop_largest', overrides: { 'pretrain.recompute_hours': 20 }, verdict: 'inconsistent' },
    // 19 h of recomputation: 18 + 14 + 19 = 51 h, the whole overhead.
    { id: 'claim.pretrain.lost_hours_list', overrides: { 'pretrain.recompute_hours': 19 }, verdict: 'consistent' },
    // 8,200 is not a multiple of 64.
    { id: 'claim.hardware.nvl64_domains', overrides: { 'pretrain.gpus': 8200 }, verdict: 'inconsistent' },
    // The naming check rests on the rack's composition, never on the peak we assume.
    { id: 'claim.hardware.b200_naming', overrides: { 'compute.peak_flops': 2.25 }, verdict: 'consistent' },
    // 36 superchips of 2 GPUs are not a rack of 64.
    { id: 'claim.hardware.b200_naming', overrides: { 'hardware.gpus_per_nvl72': 64 }, verdict: 'inconsistent' },
    // 2.25 PFLOP/s (HGX, BF16) gives 18.6 % × 2.5 / 2.25 ≈ 20.7 %: still outside 20 ± 0.5.
    { id: 'claim.compute.mfu', overrides: { 'compute.peak_flops': 2.25 }, verdict: 'inconsistent' },
  ] as const)('$id is $verdict under $overrides', ({ id, overrides, verdict }) => {
    expect(audit(id, overrides).verdict).toBe(verdict);
  });
});
