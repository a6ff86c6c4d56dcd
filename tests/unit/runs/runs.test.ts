/**
 * The comparison runs at their cited figures. Each expected value is independent arithmetic on
 * the figures of the sources README ("Comparable public training runs", and the hardware table),
 * written here; none is copied from the site's output.
 */
import { describe, expect, it } from 'vitest';
import { auditClaim } from '../../../src/lib/audit/verdict';
import { createEngine } from '../../../src/data/program';
import { loadFacts, loadRuns } from '../../../src/data/facts-files';
import { auditRunClaims } from '../../../src/lib/runs/claims';
import { evaluateRun } from '../../../src/lib/runs/evaluate';
import { runsDocument } from '../../../src/lib/present/runs-document';
import { expectClose } from '../support/approx';

const model = loadFacts('content/facts');
const { runs, claims } = loadRuns('content/facts', model);
const results = runs.map((r) => evaluateRun(model, r, createEngine));
const run = (id: string) => results.find((r) => r.run.id === id)!;

const H100_PEAK = 0.989e15; // H100 SXM dense BF16, FLOP/s (hardware table)
const B200_PEAK = 2.5e15; // B200 in GB200, dense BF16, FLOP/s (hardware table)
const DAY_H = 24;

// MAI-Base-1, from the notes: 51 h of overhead at 90 % goodput, 8,192 GPUs, 30T tokens, 35B of 1T active.
const MAI_WALL_H = 51 / (1 - 0.9); // 510 h
const MAI_GPU_H = (MAI_WALL_H - 51) * 8192; // 459 h × 8,192 GPUs = 3,760,128 GPU·h, productive
// DeepSeek-V3: 2,664K H800 GPU-hours of pre-training, 14.8T tokens, 2,048 GPUs, 37B of 671B active.
const DS_GPU_H = 2_664_000;
// Llama 3.1 405B: 30.84M H100 GPU-hours (total), 15.6T tokens, 16,384 GPUs, 405B dense.
const LL_GPU_H = 30.84e6;

describe.each([
  // MAI-Base-1
  { run: 'mai-base-1', id: 'compare.gpu_hours_per_trillion_tokens', expected: MAI_GPU_H / 30 }, // 125,337.6
  { run: 'mai-base-1', id: 'compare.h100_gpu_hours', expected: (MAI_GPU_H * B200_PEAK) / H100_PEAK },
  { run: 'mai-base-1', id: 'compare.tokens_per_gpu_second', expected: 30e12 / (MAI_GPU_H * 3600) }, // ≈ 2,216
  { run: 'mai-base-1', id: 'compare.mfu', expected: ((6 * 35e9 * 30e12) / (MAI_GPU_H * 3600 * B200_PEAK)) * 100 },
  { run: 'mai-base-1', id: 'compare.active_share', expected: (35 / 1000) * 100 }, // 3.5 %
  { run: 'mai-base-1', id: 'compare.h100_gpus', expected: (8192 * B200_PEAK) / H100_PEAK }, // ≈ 20,708
  { run: 'mai-base-1', id: 'compare.wall_days', expected: MAI_WALL_H / DAY_H }, // 21.25 days
  // DeepSeek-V3
  { run: 'deepseek-v3', id: 'compare.gpu_hours_per_trillion_tokens', expected: 180_000 }, // 2,664,000 / 14.8 = 180,000
  { run: 'deepseek-v3', id: 'compare.h100_gpu_hours', expected: DS_GPU_H }, // H800 read as one H100
  { run: 'deepseek-v3', id: 'compare.tokens_per_gpu_second', expected: 14.8e12 / (DS_GPU_H * 3600) }, // ≈ 1,543
  { run: 'deepseek-v3', id: 'compare.mfu', expected: ((6 * 37e9 * 14.8e12) / (DS_GPU_H * 3600 * H100_PEAK)) * 100 },
  { run: 'deepseek-v3', id: 'compare.active_share', expected: (37 / 671) * 100 }, // ≈ 5.51 %
  { run: 'deepseek-v3', id: 'compare.h100_gpus', expected: 2048 },
  { run: 'deepseek-v3', id: 'compare.cluster_days', expected: DS_GPU_H / 2048 / DAY_H }, // ≈ 54.2 days
  { run: 'deepseek-v3', id: 'compare.days_per_trillion_tokens', expected: 180_000 / 2048 / DAY_H }, // ≈ 3.66 days
  // Llama 3.1 405B
  { run: 'llama-3-1-405b', id: 'compare.gpu_hours_per_trillion_tokens', expected: LL_GPU_H / 15.6 }, // ≈ 1.98 M
  { run: 'llama-3-1-405b', id: 'compare.h100_gpu_hours', expected: LL_GPU_H },
  { run: 'llama-3-1-405b', id: 'compare.tokens_per_gpu_second', expected: 15.6e12 / (LL_GPU_H * 3600) }, // ≈ 141
  { run: 'llama-3-1-405b', id: 'compare.mfu', expected: ((6 * 405e9 * 15.6e12) / (LL_GPU_H * 3600 * H100_PEAK)) * 100 },
  { run: 'llama-3-1-405b', id: 'compare.active_share', expected: 100 }, // dense
  { run: 'llama-3-1-405b', id: 'compare.h100_gpus', expected: 16384 },
  { run: 'llama-3-1-405b', id: 'compare.training_flops', expected: (6 * 405e9 * 15.6e12) / 1e24 }, // 37.908 × 10²⁴
  // Kimi K2
  { run: 'kimi-k2', id: 'compare.active_share', expected: (32 / 1000) * 100 }, // 3.2 %
])('$run: $id', ({ run: id, id: q, expected }) => {
  it('recomputes from the run’s own figures', () => expectClose(run(id).values[q], expected));
});

describe('figures a run does not publish', () => {
  it.each([
    ['kimi-k2', 'compare.gpu_hours_per_trillion_tokens'],
    ['kimi-k2', 'compare.mfu'],
    ['kimi-k2', 'compare.h100_gpus'],
    ['deepseek-v3', 'compare.wall_days'],
    ['llama-3-1-405b', 'compare.wall_days'],
  ])('%s: %s is not published, and has no number', (id, q) => {
    expect(run(id).notPublished).toContain(q);
    expect(run(id).values).not.toHaveProperty(q);
  });

  it('the cited run publishes every comparison quantity', () => expect(run('mai-base-1').notPublished).toEqual([]));
});

describe('the cited run is the site’s cited scenario', () => {
  const cited = createEngine(model).evaluate();
  if (!cited.ok) throw cited.error;
  it('its H100-equivalents are the family page’s', () =>
    expectClose(run('mai-base-1').values['compare.h100_gpus'], cited.value['family.base_h100_equiv']!));
  it('its GPU-hours are the pre-training page’s', () =>
    expectClose(run('mai-base-1').values['compare.gpu_hours'], cited.value['pretrain.gpu_hours']!));
});

describe('citations', () => {
  const figures = results.flatMap((r) => Object.entries(r.inputs).map(([id, f]) => ({ run: r.run.id, id, ...f })));
  it('every run has figures', () => {
    for (const r of results) expect(Object.keys(r.inputs).length, r.run.id).toBeGreaterThan(0);
  });
  it.each(figures)('$run: $id has a known source and a locator', (f) => {
    expect(model.sources[f.source], f.source).toBeDefined();
    expect(f.locator.trim()).not.toBe('');
  });
  it('every assumption a run makes is noted in the cells it reaches', () => {
    const ds = run('deepseek-v3');
    expect(ds.inputs['compare.peak_flops']!.assumption).toBe(true);
    expect(ds.notes['compare.mfu']).toContain(ds.run.conventions['compare.peak_flops']);
  });
  it('Llama’s GPU time says it is total GPU time, in every cell computed from it', () => {
    const ll = run('llama-3-1-405b');
    for (const q of ['compare.gpu_hours_per_trillion_tokens', 'compare.tokens_per_gpu_second', 'compare.mfu'])
      expect(ll.notes[q], q).toContain('total GPU time, overhead included');
  });
});

describe('run claims', () => {
  const verdicts = auditRunClaims(model, claims, results);
  it.each(claims.map((c, i) => ({ id: c.id, verdict: verdicts[i]!.verdict })))(
    '$id is consistent (the sources README’s arithmetic)',
    ({ verdict }) => expect(verdict).toBe('consistent'),
  );
  it('the same rule finds a wrong stated value inconsistent', () => {
    const c = claims.find((x) => x.id === 'claim.runs.deepseek_v3.gpu_hours_per_trillion_tokens')!;
    // 170K against 2,664,000 / 14.8 = 180,000: off by 10,000, beyond ±500.
    expect(auditClaim({ ...c, stated_value: 170_000 }, model, run('deepseek-v3').values).verdict).toBe('inconsistent');
  });
});

describe('/facts.json runs', () => {
  const doc = runsDocument(results, claims, auditRunClaims(model, claims, results));
  it('lists every run with id, label, sources, inputs and values', () => {
    expect(doc.map((r) => r.id)).toEqual(['mai-base-1', 'deepseek-v3', 'llama-3-1-405b', 'kimi-k2']);
    for (const r of doc) {
      expect(r.label).not.toBe('');
      expect(r.sources.length).toBeGreaterThan(0);
      for (const f of Object.values(r.inputs))
        expect(Object.keys(f)).toEqual(expect.arrayContaining(['value', 'source', 'locator']));
    }
  });
  it('gives values in the display unit of /facts.json’s quantities (MFU in %)', () => {
    const ds = doc.find((r) => r.id === 'deepseek-v3')!;
    expectClose(ds.values['compare.mfu'], ((6 * 37e9 * 14.8e12) / (DS_GPU_H * 3600 * H100_PEAK)) * 100);
    expect(ds.claims.map((c) => c.verdict)).toEqual(['consistent', 'consistent']);
  });
});
