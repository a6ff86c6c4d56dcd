/**
 * The figures' byte gate (scripts/bench/figure-bytes.mjs) finds each figure's chunk through the
 * module its LOAD entry in src/client/figures-draw.ts imports: every figure must have one, and
 * it must be a module of src/lib/present/figures/, or the gate would not measure it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { figureModules } from '../../../scripts/bench/figure-bytes.mjs';
import { FIGURES } from '../../../src/lib/present/figures';

const modules = figureModules(readFileSync('src/client/figures-draw.ts', 'utf8')) as Record<string, string>;

describe('the figures’ byte gate', () => {
  test('reads a module for every figure the site draws', () => {
    expect(Object.keys(modules).sort()).toEqual(Object.keys(FIGURES).sort());
  });

  test.each(Object.entries(modules))('%s loads from src/lib/present/figures/%s.ts', (_, module) => {
    expect(existsSync(`src/lib/present/figures/${module}.ts`)).toBe(true);
  });

  test('reads a LOAD entry with and without a shared loader', () => {
    const source = [
      "const group = () => import('../lib/present/figures/group');",
      'const LOAD = {',
      "  'a-b': () => group().then((m) => m.aB),",
      "  c: () => import('../lib/present/figures/c').then((m) => m.c),",
      '};',
    ].join('\n');
    expect(figureModules(source)).toEqual({ 'a-b': 'group', c: 'c' });
  });
});
