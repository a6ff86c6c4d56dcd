/**
 * The browser's program is the build's, cut to the quantities a live page can show: the same
 * function text for each, at the same position, with the ids read from the page's model, which
 * lists exactly those quantities in that order. Nothing of the comparison topic ships.
 */
import { describe, expect, it } from 'vitest';
import { programSource } from '../../../src/lib/engine/compile';
import { buildOnly } from '../../../src/lib/engine/live';
import { loadProgram } from '../../../src/data/program';
import { loadFacts } from '../../../src/data/facts-files';
import { runtimeModel } from '../../../src/lib/present/runtime-model';

const model = loadFacts('content/facts');
const build = programSource(model);
const browser = programSource(model, { target: 'browser', pageModel: '/page-model.ts' });
const slim = runtimeModel(model);
const ids = Object.keys(slim.quantities);

/** The formula lines of a program's text, one per quantity by position ("" for an input). */
const formulaLines = (source: string): string[] =>
  source
    .slice(source.indexOf('formulas: byId(['), source.indexOf(']),\n  work'))
    .split('\n')
    .slice(1, -1)
    .map((l) => l.trim().replace(/,$/, ''));

describe('the browser’s program', () => {
  it('holds every quantity but the comparison’s, which no live page shows', () => {
    const all = Object.keys(model.quantities);
    expect(all.filter((id) => buildOnly(id)).length).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual(all.filter((id) => !buildOnly(id)).sort());
  });

  it('is the build’s program cut to those quantities, which come first, each function the same text', () => {
    const order = loadProgram(model).order;
    expect(order.slice(0, ids.length)).toEqual(ids);
    const full = formulaLines(build);
    const cut = formulaLines(browser);
    expect(cut.length).toBe(ids.length);
    expect(cut).toEqual(full.slice(0, ids.length));
    expect(cut.filter(Boolean).length).toBe(ids.filter((id) => model.quantities[id]!.kind === 'derived').length);
  });

  it('names no id: it takes them from the page’s model, and refuses a model of another length', () => {
    for (const id of ids.filter((id) => model.quantities[id]!.kind === 'derived'))
      expect(browser).not.toContain(`"${id}"`);
    expect(browser).toContain(`import { pageModel } from "/page-model.ts";`);
    expect(browser).toContain(`if (order.length !== ${ids.length}) throw`);
  });

  it('ships in the page’s model no source, formula or derived label', () => {
    for (const q of Object.values(slim.quantities)) {
      expect(q).not.toHaveProperty('formula');
      expect(q).not.toHaveProperty('file');
      if (q.kind === 'derived') expect(q).not.toHaveProperty('label');
      else expect(q).toHaveProperty('label');
    }
  });
});
