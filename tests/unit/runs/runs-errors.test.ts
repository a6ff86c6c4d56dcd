/** Bad run data fails the build with a FactsError that names the file, the run and the field. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FactsError } from '../../../src/lib/facts/load';
import { loadFacts, readFactsFile } from '../../../src/data/facts-files';
import { buildRuns } from '../../../src/lib/facts/runs';
import { factsFileSchema } from '../../../src/lib/facts/schema';
import { evaluateRun } from '../../../src/lib/runs/evaluate';
import { createEngine } from '../../../src/data/program';
import { auditRunClaims } from '../../../src/lib/runs/claims';

const model = loadFacts('content/facts');
const CITED = { id: 'cited', label: 'Cited', sources: ['lockwood-mai1'], cited: true };
const fig = { value: 1, source: 'deepseek-v3-report', locator: 'abstract' };

/** The FactsError that building these runs (one file, `runs.yaml`) throws. */
function errorOf(runs: unknown[], runClaims: unknown[] = []): FactsError {
  const data = factsFileSchema.parse({ runs: [CITED, ...runs], run_claims: runClaims });
  try {
    const built = buildRuns([{ name: 'runs.yaml', data }], model);
    auditRunClaims(
      model,
      built.claims,
      built.runs.map((r) => evaluateRun(model, r, createEngine)),
    );
  } catch (e) {
    if (e instanceof FactsError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe.each([
  // compare.mfu is computed from the figures; a run may not state it.
  {
    why: 'a computed quantity stated as a figure',
    runs: [{ id: 'x', label: 'X', sources: ['deepseek-v3-report'], inputs: { 'compare.mfu': fig } }],
    field: 'inputs.compare.mfu',
  },
  // compare.nothing is in no facts file.
  {
    why: 'an unknown figure',
    runs: [{ id: 'x', label: 'X', sources: ['deepseek-v3-report'], inputs: { 'compare.nothing': fig } }],
    field: 'inputs.compare.nothing',
  },
  // nowhere is in no sources file.
  {
    why: 'an unknown source of a figure',
    runs: [
      {
        id: 'x',
        label: 'X',
        sources: ['deepseek-v3-report'],
        inputs: { 'compare.gpus': { ...fig, source: 'nowhere' } },
      },
    ],
    field: 'inputs.compare.gpus.source',
  },
  // pretrain.gpu_hours is derived, not one of the site's inputs.
  {
    why: '`from` a derived quantity',
    runs: [
      {
        id: 'x',
        label: 'X',
        sources: ['deepseek-v3-report'],
        inputs: { 'compare.gpu_hours': { from: 'pretrain.gpu_hours' } },
      },
    ],
    field: 'inputs.compare.gpu_hours.from',
  },
  // pretrain.gpus is in GPU, the peak in FLOP/s.
  {
    why: '`from` an input of another dimension',
    runs: [
      {
        id: 'x',
        label: 'X',
        sources: ['deepseek-v3-report'],
        inputs: { 'compare.peak_flops': { from: 'pretrain.gpus' } },
      },
    ],
    field: 'inputs.compare.peak_flops.from',
  },
  // An assumption with no convention would reach its cells unmarked.
  {
    why: 'an assumption the cells do not note',
    runs: [
      {
        id: 'x',
        label: 'X',
        sources: ['deepseek-v3-report'],
        inputs: { 'compare.peak_flops': { from: 'hw.h100_bf16_peak', assumption: true, note: 'ours' } },
      },
    ],
    field: 'conventions.compare.peak_flops',
  },
  // Kimi-like run: no GPU-hours, so no GPU-hours per trillion tokens to claim.
  {
    why: 'a claim on a figure the run does not publish',
    runs: [
      {
        id: 'x',
        label: 'X',
        sources: ['kimi-k2-readme'],
        inputs: { 'compare.tokens': { ...fig, source: 'kimi-k2-readme' } },
      },
    ],
    claims: [
      {
        run: 'x',
        claims: [
          {
            id: 'claim.runs.x.rate',
            source: 'kimi-k2-readme',
            locator: 'README.md',
            statement: 'a rate',
            stated: { value: 1, unit: 'GPU hours per trillion tokens' },
            stated_value: 1,
            quantity: 'compare.gpu_hours_per_trillion_tokens',
            reasoning: 'compared with the rate its words name',
          },
        ],
      },
    ],
    field: 'quantity',
  },
])('$why', ({ runs, claims, field }) => {
  it(`throws a FactsError naming runs.yaml and field "${field}"`, () => {
    const e = errorOf(runs, claims);
    expect(e.file).toBe('runs.yaml');
    expect(e.field).toBe(field);
    expect(e.message).toContain(`field "${field}"`);
  });
});

describe('the schema', () => {
  it('refuses a figure with both a value and `from`, naming the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runs-'));
    const path = join(dir, 'runs.yaml');
    writeFileSync(
      path,
      [
        'runs:',
        '  - id: x',
        '    label: X',
        '    sources: [a]',
        '    inputs:',
        '      compare.gpus: { value: 1, from: pretrain.gpus, source: a, locator: b }',
      ].join('\n'),
    );
    expect(() => readFactsFile(path, 'runs.yaml')).toThrow(/runs\.yaml: "x", field "inputs\.compare\.gpus"/);
  });
});
