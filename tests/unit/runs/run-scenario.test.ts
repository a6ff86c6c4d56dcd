/**
 * Bringing a comparison run into the calculators: which inputs a run sets, how `?run=` combines
 * with the reader's edits in a URL, and switching runs. Expected figures are the sources README's
 * ("Comparable public training runs") and the notes' cited MAI-Base-1 figures, written here.
 */
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../../src/lib/facts/load';
import { loadRuns } from '../../../src/lib/facts/runs';
import { pageRuns } from '../../../src/lib/runs/apply';
import { runButtons } from '../../../src/lib/runs/buttons';
import { readRunScenario, runQuery, switchRun } from '../../../src/lib/runs/scenario';
import { scenarioChanges, scenarioRun, scenarioSearch } from '../../../src/lib/present/scenario-summary';

const model = loadFacts('content/facts');
const runs = pageRuns(model, loadRuns('content/facts', model).runs);

// DeepSeek-V3 (technical report): 2,048 GPUs, 14.8T tokens, 37B of 671B parameters active.
const DEEPSEEK = {
  'pretrain.gpus': 2048,
  'pretrain.tokens': 14.8e12,
  'model.active_params': 37e9,
  'model.total_params': 671e9,
};
// MAI-Base-1, cited: 8,192 GPUs (the notes).
const MAI_GPUS = 8192;

describe('pageRuns', () => {
  it('sets only the inputs a run publishes itself: no peak it takes from the site’s own inputs', () =>
    expect(runs['deepseek-v3']!.overrides).toEqual(DEEPSEEK));
  it('leaves out the cited run', () => expect(Object.keys(runs)).toEqual(['deepseek-v3', 'llama-3-1-405b', 'kimi-k2']));
  it('leaves out a figure equal to the cited one (Kimi K2’s 1T parameters, MAI’s “a trillion”)', () =>
    // Kimi K2 (README): 15.5T tokens, 32B active of 1T.
    expect(runs['kimi-k2']!.overrides).toEqual({ 'pretrain.tokens': 15.5e12, 'model.active_params': 32e9 }));
});

describe.each([
  // The run alone: its figures.
  { search: '?run=deepseek-v3', run: 'deepseek-v3', expected: DEEPSEEK },
  // An edit on top of the run.
  {
    search: '?run=deepseek-v3&pretrain.goodput=0.8',
    run: 'deepseek-v3',
    expected: { ...DEEPSEEK, 'pretrain.goodput': 0.8 },
  },
  // A run's input set back to MAI-Base-1's value is an edit that wins over the run.
  {
    search: `?run=deepseek-v3&pretrain.gpus=${MAI_GPUS}`,
    run: 'deepseek-v3',
    expected: { ...DEEPSEEK, 'pretrain.gpus': undefined },
  },
  // An edit that repeats the run's figure changes nothing.
  { search: '?run=deepseek-v3&pretrain.gpus=2048', run: 'deepseek-v3', expected: DEEPSEEK },
  // No run: the reader's inputs only.
  { search: '?pretrain.gpus=2048', run: undefined, expected: { 'pretrain.gpus': 2048 } },
])('readRunScenario($search)', ({ search, run, expected }) => {
  const read = readRunScenario(search, model, runs);
  const want = Object.fromEntries(Object.entries(expected).filter(([, v]) => v !== undefined));
  it('reads the run and the overrides', () => {
    expect(read.run).toBe(run);
    expect(read.overrides).toEqual(want);
    expect(read.notices).toEqual([]);
  });
  it('writes a URL that reads back the same', () => {
    const again = readRunScenario(runQuery(read.overrides, model, read.run, runs), model, runs);
    expect(again.overrides).toEqual(want);
    expect(again.run).toBe(run);
  });
});

describe('runQuery', () => {
  it('writes the run first, then only what differs from the run', () =>
    expect(runQuery({ ...DEEPSEEK, 'pretrain.goodput': 0.8 }, model, 'deepseek-v3', runs)).toBe(
      '?run=deepseek-v3&pretrain.goodput=0.8',
    ));
  it('writes a run’s input put back to the cited value explicitly', () => {
    const { 'pretrain.gpus': _, ...rest } = DEEPSEEK;
    expect(runQuery(rest, model, 'deepseek-v3', runs)).toBe(`?run=deepseek-v3&pretrain.gpus=${MAI_GPUS}`);
  });
  it('writes no run key without a run', () => expect(runQuery({}, model, undefined, runs)).toBe(''));
});

describe('an unknown run', () => {
  const read = readRunScenario('?run=gpt-9&pretrain.goodput=0.8', model, runs);
  it('is ignored with a notice; the edits still apply', () => {
    expect(read.run).toBeUndefined();
    expect(read.overrides).toEqual({ 'pretrain.goodput': 0.8 });
    expect(read.notices.map((n) => n.message)).toEqual([
      '“gpt-9” is not a comparison run on this site, so it was ignored.',
    ]);
  });
});

describe('switchRun', () => {
  const edited = { ...DEEPSEEK, 'pretrain.goodput': 0.8 };
  it('from DeepSeek-V3 to Kimi K2: DeepSeek’s figures go, Kimi’s come, the reader’s edit stays', () =>
    expect(switchRun(edited, model, runs['deepseek-v3'], runs['kimi-k2'])).toEqual({
      'pretrain.goodput': 0.8,
      'pretrain.tokens': 15.5e12,
      'model.active_params': 32e9,
    }));
  it('taking the run out keeps only the edits, an edited run input included', () =>
    expect(switchRun({ ...edited, 'pretrain.gpus': 4096 }, model, runs['deepseek-v3'], undefined)).toEqual({
      'pretrain.goodput': 0.8,
      'pretrain.gpus': 4096,
    }));
  it('a run replaces the reader’s edit of an input it sets', () =>
    expect(switchRun({ 'pretrain.gpus': 4096 }, model, undefined, runs['deepseek-v3'])).toEqual(DEEPSEEK));
});

describe('the scenario summary and the citation with a run', () => {
  const search = '?run=deepseek-v3&pretrain.goodput=0.8';
  const changes = scenarioChanges(search, model, runs);
  it('marks which values are the run’s', () => {
    expect(changes.find((c) => c.id === 'pretrain.gpus')?.run).toBe('DeepSeek-V3');
    expect(changes.find((c) => c.id === 'pretrain.goodput')?.run).toBeUndefined();
  });
  it('names the run and the page’s inputs that are still cited', () => {
    const r = scenarioRun(search, model, runs, ['pretrain.goodput', 'pretrain.gpus', 'pretrain.overhead_hours']);
    expect(r?.label).toBe('DeepSeek-V3');
    expect(r?.stillCited).toEqual([model.quantities['pretrain.overhead_hours']!.label]);
  });
  it('cites the canonical link', () =>
    expect(scenarioSearch(`?pretrain.goodput=0.8&run=deepseek-v3&pretrain.gpus=2048`, model, runs)).toBe(search));
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
