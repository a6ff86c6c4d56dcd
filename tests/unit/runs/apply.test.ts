/** A run's figures as overrides of the site's inputs: only figures bound to an input apply. */
import { describe, expect, it } from 'vitest';
import { loadFacts, loadRuns } from '../../../src/data/facts-files';
import { runOverrides } from '../../../src/lib/runs/apply';

const model = loadFacts('content/facts');
const runs = loadRuns('content/facts', model).runs;
const deepseek = runs.find((r) => r.id === 'deepseek-v3')!;

describe('runOverrides(DeepSeek-V3)', () => {
  const { overrides, notApplicable, notStated } = runOverrides(model, deepseek);
  it('puts the stated GPUs and tokens into the pre-training inputs', () => {
    // 2,048 H800 GPUs and 14.8T tokens (DeepSeek-V3 technical report).
    expect(overrides['pretrain.gpus']).toBe(2048);
    expect(overrides['pretrain.tokens']).toBe(14.8e12);
  });
  it('does not force stated GPU-hours into a derived quantity', () => {
    expect(notApplicable).toContain('compare.gpu_hours');
    expect(overrides).not.toHaveProperty('pretrain.gpu_hours');
  });
  it('applies nothing for the cited run', () =>
    expect(
      runOverrides(
        model,
        runs.find((r) => r.cited)!,
      ),
    ).toEqual({ overrides: {}, notApplicable: [], notStated: [] }));
  it('does not apply a figure the run takes from the site’s inputs (an assumed peak)', () => {
    expect(notStated).toEqual(['compare.peak_flops', 'compare.reference_peak']);
    expect(overrides).not.toHaveProperty('hw.gb200_bf16_peak');
  });
});
