/**
 * Every claim is compared with the quantity its own words name, as the same document defines
 * those words. The table below is written from the source text, one line per claim, with the
 * words that decide it; it is not read from the register, so a claim re-pointed at a quantity
 * that merely makes it pass fails here.
 */
import { describe, expect, it } from 'vitest';
import { checkIds } from '../../src/lib/facts/claim-check';
import { loadFacts } from '../../src/data/facts-files';

const model = loadFacts('content/facts');

/** Claim id → the quantities it is compared with (its quantity, or its check's ids), none if it cannot be checked. */
const NAMED: Record<string, string[]> = {
  // "the entire pre-training took 510 hours": the whole run, wall-clock.
  'claim.headline.wall_hours': ['pretrain.wall_hours'],
  // "The pre-training took 459 hours": how long the pre-training took, which the notes put at 510 h.
  'claim.headline.productive_hours': ['pretrain.wall_hours'],
  // "This amounts to 3.76 million GPU hours": "this" is the 459 hours over 8,192 GPUs.
  'claim.headline.gpu_hours': ['pretrain.gpu_hours'],
  // "at a rate of 2.2 million tokens per GPU per second": tokens over those GPU-hours.
  'claim.headline.tokens_rate': ['pretrain.tokens_per_gpu_second'],
  // "a trillion-parameter model with 35 billion active parameters (3.5% active)".
  'claim.headline.active_fraction': ['model.active_fraction'],
  // The same words against the reported total: a different claim.
  'claim.architecture.active_share_of_reported_total': ['model.active_fraction_reported'],
  // "a trillion-parameter model": the total parameters.
  'claim.architecture.total_params': ['model.reported_total_params'],
  // "hidden dimension of 6,652", beside 13,312, 10,240 and 3,072 in the same list.
  'claim.architecture.hidden_dim_multiple': ['arch.hidden_dim', 'arch.ffn_dim', 'arch.expert_dim', 'arch.latent_dim'],
  // "MAI-1 was a mixture of experts model": a name, checked in code.
  'claim.family.preview_name': [],
  // "pre- and post-trained on “~15,000 NVIDIA H100 GPUs.”": MAI-1-preview's cluster.
  'claim.family.preview_gpus_notes': ['family.preview_gpus'],
  // "clusters six to ten times larger": an aim.
  'claim.family.cluster_aim': [],
  // "4,096 GPUs for rollout generation", "768 GPUs to learn": given once.
  'claim.rl.rollout_gpus': [],
  'claim.rl.learner_gpus': [],
  // "fell to 6.5 hours, only 15% of overhead": recomputation over the total overhead.
  'claim.pretrain.recompute_share': ['pretrain.recompute_share'],
  // "Non-stepping time dropped to 14 hours, or 27%".
  'claim.pretrain.nonstepping_share': ['pretrain.nonstepping_share'],
  // "at 18 hours and 35% of overhead".
  'claim.pretrain.mfu_drop_share': ['pretrain.mfu_drop_share'],
  // "MFU drop overhead became the largest single remaining category".
  'claim.pretrain.mfu_drop_largest': [
    'pretrain.mfu_drop_hours',
    'pretrain.recompute_hours',
    'pretrain.nonstepping_hours',
    'pretrain.unexplained_hours',
  ],
  // "Of that, 18 hours … 14 hours … 6.5 hours was lost": the hours lost, 510 − 459 = the overhead.
  'claim.pretrain.lost_hours_list': [
    'pretrain.mfu_drop_hours',
    'pretrain.nonstepping_hours',
    'pretrain.recompute_hours',
    'pretrain.overhead_hours',
  ],
  // "90.0% goodput at 8K GPUs": the GPUs of the pre-training run.
  'claim.pretrain.goodput_gpus': ['pretrain.gpus'],
  // "about 134M tokens" of global batch: GPUs × pre-training context.
  'claim.pretrain.global_batch': ['pretrain.one_sequence_per_gpu_tokens'],
  // "consistent with the 20% MFU": the run's MFU.
  'claim.compute.mfu': ['compute.mfu'],
  // "a five-step process", then a list: counted, no quantity.
  'claim.stages.five_steps': [],
  // "Mid-training 2 halved the GPU count to 4,096 GPUs": against the 8,192 of the sentence before.
  'claim.stages.mid2_halved': ['stages.mid2_gpu_share'],
  // "262K context": the context after mid-training, as the secondary summary gives it.
  'claim.stages.mid2_context_decimal_k': ['stages.summary_context'],
  // "processed 30T tokens over 8,192 B200 GPUs": the pre-training GPUs.
  'claim.hardware.b200_gpus': ['pretrain.gpus'],
  // "B200 GPUs" and "GB200 NVL72 GPUs": the rack's GPUs and its superchips' B200s.
  'claim.hardware.b200_naming': ['hardware.gpus_per_nvl72', 'hardware.nvl72_gpus_from_superchips'],
  // "trained on 8,192 GB200 NVL72 GPUs": names the racks, states no count of them.
  'claim.hardware.nvl72_racks': [],
  // "and NVL64 domains": the GPUs over 64.
  'claim.hardware.nvl64_domains': ['pretrain.gpus', 'hardware.gpus_per_nvl64'],
  // "one “logical cluster at one site”".
  'claim.hardware.one_site': [],
};

describe.each(Object.values(model.claims ?? {}))('$id', (claim) => {
  it('is in the table', () => expect(NAMED[claim.id], `${claim.id} has no line in the table`).toBeDefined());
  it('is compared with the quantity its words name', () => {
    const compared = claim.uncheckable ? [] : claim.check ? checkIds(claim.check) : [claim.quantity!];
    expect(compared).toEqual(NAMED[claim.id]);
  });
  it('says why, in its reasoning', () => expect(claim.reasoning.length).toBeGreaterThan(20));
});

it('every line of the table is a claim', () => {
  expect(Object.keys(NAMED).filter((id) => !model.claims?.[id])).toEqual([]);
});

it('claims that are not claims are gone: the read time and the product name', () => {
  expect(Object.values(model.claims ?? {}).map((c) => c.statement)).not.toContain('3 Minutes');
  expect(Object.values(model.claims ?? {}).some((c) => c.statement.includes('Microsoft 365'))).toBe(false);
});
