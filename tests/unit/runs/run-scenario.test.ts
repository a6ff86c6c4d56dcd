/**
 * Bringing a comparison run into the calculators: which inputs a run sets, how a `?run=` link reads
 * with the reader's edits, and switching runs. Expected figures are the sources README's
 * ("Comparable public training runs") and the notes' cited MAI-Base-1 figures, written here.
 */
import { describe, expect, it } from 'vitest';
import { loadFacts, loadRuns } from '../../../src/data/facts-files';
import { pageRuns } from '../../../src/lib/runs/apply';
import { runButtons } from '../../../src/lib/runs/buttons';
import { runOf, switchRun, withRun } from '../../../src/lib/runs/scenario';
import { changesSearch, scenarioChanges } from '../../../src/lib/present/scenario-summary';
import { runLines } from '../../../src/lib/runs/summary';
import { scenarioQuery } from '../../../src/lib/scenario';

const model = loadFacts('content/facts');
const runs = pageRuns(model, loadRuns('content/facts', model).runs);

// DeepSeek-V3 (technical report): 2,048 GPUs, 14.8T tokens, 37B of 671B parameters active.
const DEEPSEEK = {
  'pretrain.gpus': 2048,
  'pretrain.tokens': 14.8e12,
  'model.active_params': 37e9,
  'model.total_params': 671e9,
};

describe('pageRuns', () => {
  it('sets only the inputs a run publishes itself: no peak it takes from the site’s own inputs', () =>
    expect(runs['deepseek-v3']!.overrides).toEqual(DEEPSEEK));
  it('leaves out the cited run', () => expect(Object.keys(runs)).toEqual(['deepseek-v3', 'llama-3-1-405b', 'kimi-k2']));
  it('leaves out a figure equal to the cited one (Kimi K2’s 1T parameters, MAI’s “a trillion”)', () =>
    // Kimi K2 (README): 15.5T tokens, 32B active of 1T.
    expect(runs['kimi-k2']!.overrides).toEqual({ 'pretrain.tokens': 15.5e12, 'model.active_params': 32e9 }));
});

describe('runOf and withRun', () => {
  it.each([
    ['?run=deepseek-v3&pretrain.gpus=2048', 'deepseek-v3'],
    // Not a run of this site: no run (the values still apply, as any link's).
    ['?run=gpt-9&pretrain.gpus=2048', undefined],
    ['?pretrain.gpus=2048', undefined],
    // A key inherited from Object.prototype is no run.
    ['?run=constructor', undefined],
  ])('%s names %s', (search, run) => expect(runOf(search, runs)).toBe(run));
  it('writes the run first, then every input that differs from its cited value, the run’s figures too', () =>
    expect(withRun(scenarioQuery({ ...DEEPSEEK, 'pretrain.goodput': 0.8 }, model), 'deepseek-v3')).toBe(
      '?run=deepseek-v3&model.active_params=37000000000&model.total_params=671000000000&pretrain.goodput=0.8&pretrain.gpus=2048&pretrain.tokens=14800000000000',
    ));
  it('writes no run key without a run', () =>
    expect(withRun('?pretrain.gpus=2048', undefined)).toBe('?pretrain.gpus=2048'));
});

describe('switchRun', () => {
  const edited = { ...DEEPSEEK, 'pretrain.goodput': 0.8 };
  it('from DeepSeek-V3 to Kimi K2: DeepSeek’s figures go, Kimi’s come, the reader’s edit stays', () =>
    expect(switchRun(edited, runs['deepseek-v3'], runs['kimi-k2'])).toEqual({
      'pretrain.goodput': 0.8,
      'pretrain.tokens': 15.5e12,
      'model.active_params': 32e9,
    }));
  it('taking the run out keeps only the edits, an edited run input included', () =>
    expect(switchRun({ ...edited, 'pretrain.gpus': 4096 }, runs['deepseek-v3'], undefined)).toEqual({
      'pretrain.goodput': 0.8,
      'pretrain.gpus': 4096,
    }));
  it('a run replaces the reader’s edit of an input it sets', () =>
    expect(switchRun({ 'pretrain.gpus': 4096 }, undefined, runs['deepseek-v3'])).toEqual(DEEPSEEK));
});

describe('the scenario summary and the citation with a run', () => {
  const search = withRun(scenarioQuery({ ...DEEPSEEK, 'pretrain.goodput': 0.8 }, model), 'deepseek-v3');
  const changes = scenarioChanges(search, model, runs);
  it('marks which values are the run’s', () => {
    expect(changes.find((c) => c.id === 'pretrain.gpus')?.run).toBe('DeepSeek-V3');
    expect(changes.find((c) => c.id === 'pretrain.goodput')?.run).toBeUndefined();
  });
  it('marks no value of a run none of whose figures is left', () =>
    expect(scenarioChanges('?run=deepseek-v3&pretrain.goodput=0.8', model, runs).some((c) => c.run)).toBe(false));
  it('cites the link with its run', () => expect(changesSearch(changes, 'deepseek-v3')).toBe(search));
});

describe('runLines', () => {
  const [deepseek] = runLines(model, runs, ['pretrain.goodput', 'pretrain.gpus'], 'MAI-Base-1');
  const label = (id: string) => model.quantities[id]!.label;
  it('names the run, the page’s inputs it sets, and those still the cited run’s', () => {
    expect(deepseek!.id).toBe('deepseek-v3');
    expect(deepseek!.phrase).toMatch(/^DeepSeek-V3’s published figures \(.+\)$/);
    expect(deepseek!.text).toBe(
      `${deepseek!.phrase}, for ${label('pretrain.gpus')}. Still MAI-Base-1’s, unless edited: ${label('pretrain.goodput')}.`,
    );
  });
});

describe('runButtons', () => {
  it('offers each run that publishes one of the calculator’s inputs, with the figures it sets', () => {
    const buttons = runButtons(model, runs, ['pretrain.goodput', 'pretrain.gpus'], 'MAI-Base-1');
    // Kimi K2 publishes no GPU count.
    expect(buttons.map((b) => b.id)).toEqual(['deepseek-v3', 'llama-3-1-405b']);
    expect(buttons[0]!.figures).toEqual([`${model.quantities['pretrain.gpus']!.label}: 2,048 GPUs`]);
  });
  it('offers none where no run publishes an input', () =>
    expect(runButtons(model, runs, ['pretrain.goodput'], 'MAI-Base-1')).toEqual([]));
});
