/** What the comparison page shows: cells, the not-published rule, chart bars and run references. */
import { describe, expect, it } from 'vitest';
import { loadFacts, loadRuns } from '../../../src/data/facts-files';
import { createEngine } from '../../../src/data/program';
import { evaluateRun } from '../../../src/lib/runs/evaluate';
import {
  CHART_IDS,
  NOT_PUBLISHED,
  chartBars,
  comparisonRows,
  computedIds,
  figureIds,
  parseRunRef,
  runCell,
  runNotes,
} from '../../../src/lib/present/comparison';

const model = loadFacts('content/facts');
const results = loadRuns('content/facts', model).runs.map((r) => evaluateRun(model, r, createEngine));
const kimi = results.find((r) => r.run.id === 'kimi-k2')!;
const deepseek = results.find((r) => r.run.id === 'deepseek-v3')!;

describe('runCell', () => {
  it('says "not published" where the run gives no figure, with no number', () => {
    const cell = runCell(model, kimi, 'compare.mfu');
    expect(cell).toMatchObject({ published: false, text: NOT_PUBLISHED, value: undefined });
  });
  it('writes a published value with the engine’s formatter', () => {
    // 2,664,000 / 14.8 = 180,000 GPU·h per trillion tokens, three significant digits.
    expect(runCell(model, deepseek, 'compare.gpu_hours_per_trillion_tokens').text).toBe('180,000 GPU·h');
  });
  it('cites a stated figure', () =>
    expect(runCell(model, deepseek, 'compare.gpu_hours').citation).toBe(
      'DeepSeek-V3 Technical Report, Table 1, pre-training',
    ));
  it('refuses an id outside the comparison', () => expect(() => runCell(model, deepseek, 'pretrain.gpus')).toThrow());
});

describe('rows', () => {
  it('split the comparison into stated figures and computed quantities', () => {
    expect(figureIds(model)).toContain('compare.gpu_hours');
    expect(computedIds(model)).toContain('compare.mfu');
    expect(figureIds(model).filter((id) => computedIds(model).includes(id))).toEqual([]);
  });
  it('number each run’s notes once, in order of first use', () => {
    const rows = comparisonRows(model, results, computedIds(model));
    const notes = runNotes(rows, 'llama-3-1-405b');
    expect(new Set(notes).size).toBe(notes.length);
    expect(notes).toContain('total GPU time, overhead included');
  });
});

describe('chartBars', () => {
  it('draws shares against 100 %', () => {
    const bars = chartBars(model, results, 'compare.active_share');
    // Llama 3.1 405B is dense: 405B of 405B.
    expect(bars.find((b) => b.runId === 'llama-3-1-405b')!.fraction).toBe(1);
  });
  it('draws other quantities against the largest run, and nothing where not published', () => {
    const bars = chartBars(model, results, 'compare.gpu_hours_per_trillion_tokens');
    expect(Math.max(...bars.map((b) => b.fraction))).toBe(1);
    expect(bars.find((b) => b.runId === 'kimi-k2')!.fraction).toBe(0);
  });
  it('covers the quantities the comparison is for', () =>
    expect(CHART_IDS.every((id) => computedIds(model).includes(id))).toBe(true));
});

describe('parseRunRef', () => {
  it('reads quantity@run', () =>
    expect(parseRunRef('compare.gpu_hours@deepseek-v3')).toEqual({ id: 'compare.gpu_hours', run: 'deepseek-v3' }));
  it('refuses a bare id', () => expect(() => parseRunRef('compare.gpu_hours')).toThrow(/compare\.<name>@<run id>/));
});
