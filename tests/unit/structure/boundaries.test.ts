/**
 * The folder boundaries of src/, read from its import graph (tests/unit/support/imports.ts, which
 * counts type-only, re-exporting and dynamic imports too):
 * - no import cycles anywhere in src/;
 * - src/lib/ is pure: no file, process or network IO (that lives in src/data/ and src/integrations/);
 * - mathjs is imported by one module, src/lib/engine/math.ts;
 * - browser code (src/client/, src/islands/) imports no Node built-in;
 * - the engine imports no other part of src/lib/ but the zod schemas, for their types (the model's
 *   types are inferred from them), and the schemas import nothing of src/lib/ but each other;
 * - the layers engine ← audit ← present (each imports only the ones to its left): the audit computes
 *   verdicts from the engine's values, and present shows values and verdicts. Issue 14 wrote
 *   "engine ← present ← audit"; the code has present showing the audit's verdicts, and a verdict
 *   that depended on how it is shown would be the wrong way round, so this order is the rule.
 * DOM globals in src/lib/ are an eslint rule (eslint.config.js), since they need no import.
 */
import { describe, expect, it } from 'vitest';
import { codeFiles, cycles, importGraph, specifiersOf } from '../support/imports';

const graph = importGraph('src');
const specifiers = new Map(codeFiles('src').map((f) => [f, specifiersOf(f)]));
const importsOf = (pattern: RegExp) =>
  [...specifiers].flatMap(([file, specs]) => specs.filter((s) => pattern.test(s)).map((s) => `${file} imports ${s}`));
const edges = [...graph].flatMap(([from, to]) => to.map((t) => [from, t] as const));

describe('src/', () => {
  it('reads the imports of every kind of file (a check that the scanner sees them)', () => {
    expect(graph.get('src/components/Q.astro')).toContain('src/data/facts.ts');
    // A dynamic import: the loader brings in the runtime on first intent.
    expect(graph.get('src/client/loader.ts')).toContain('src/client/runtime.ts');
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no import cycles', () => expect(cycles(graph)).toEqual([]));

  it('finds a cycle when there is one (the check can fail)', () =>
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]));
});

describe('src/lib/ is pure', () => {
  const IO = /^(node:)?(fs|fs\/promises|child_process|os|module|net|http|https|url|worker_threads|process)$/;
  it('does no file, process or network IO', () =>
    expect(importsOf(IO).filter((line) => line.startsWith('src/lib/'))).toEqual([]));
  it('sees IO where there is some (the check can fail)', () =>
    expect(importsOf(IO).filter((line) => line.startsWith('src/data/'))).toContain(
      'src/data/facts-files.ts imports node:fs',
    ));
});

describe('mathjs', () => {
  it('is imported by src/lib/engine/math.ts only', () =>
    expect(importsOf(/^mathjs(\/|$)/).map((line) => line.split(' ')[0])).toEqual(['src/lib/engine/math.ts']));
});

describe('browser code', () => {
  it('imports no Node built-in', () =>
    expect(
      importsOf(/^node:|^(fs|path|os|crypto|child_process|module|url)$/).filter((line) =>
        /^src\/(client|islands)\//.test(line),
      ),
    ).toEqual([]));
});

describe('layers of src/lib/', () => {
  const folder = (file: string) => /^src\/lib\/([^/]+)\//.exec(file)?.[1];
  const SCHEMAS = ['src/lib/facts/schema.ts', 'src/lib/facts/runs-schema.ts'];
  it('the engine imports no other part of src/lib/ but the schemas', () =>
    expect(
      edges.filter(
        ([from, to]) =>
          folder(from) === 'engine' && to.startsWith('src/lib/') && folder(to) !== 'engine' && !SCHEMAS.includes(to),
      ),
    ).toEqual([]));
  it('the schemas import nothing of src/lib/ but each other', () =>
    expect(edges.filter(([from, to]) => SCHEMAS.includes(from) && !SCHEMAS.includes(to))).toEqual([]));
  it('the audit does not import lib/present', () =>
    expect(edges.filter(([from, to]) => folder(from) === 'audit' && folder(to) === 'present')).toEqual([]));
  // Lowest first; an import between two of these folders goes only to a lower one.
  const LAYERS = ['engine', 'audit', 'present'];
  const rank = (file: string) => LAYERS.indexOf(folder(file) ?? '');
  it('engine ← audit ← present: no import goes up a layer', () =>
    expect(edges.filter(([from, to]) => rank(from) >= 0 && rank(to) > rank(from))).toEqual([]));
  it('present does import the audit (the order is the code’s, not an empty rule)', () =>
    expect(edges.some(([from, to]) => folder(from) === 'present' && folder(to) === 'audit')).toBe(true));
});
