/**
 * The browser's program is the build's, cut to the quantities a live page can show: the same
 * function text for each, at the same position, with the ids taken from the page's model (handed
 * to `programOf` once it is loaded), which lists exactly those quantities in that order. Nothing of
 * the comparison topic ships.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programSource } from '../../../src/lib/engine/compile';
import { buildOnly } from '../../../src/lib/engine/live';
import { loadProgram } from '../../../src/data/program';
import type { Model } from '../../../src/lib/engine/model';
import type { Program } from '../../../src/lib/engine/program';
import { loadFacts } from '../../../src/data/facts-files';
import { runtimeModel, runtimeModelFile } from '../../../src/lib/present/runtime-model';

const model = loadFacts('content/facts');
const build = programSource(model);
const browser = programSource(model, { target: 'browser' });
const slim = runtimeModel(model);
const ids = Object.keys(slim.quantities);

/** The browser's module, loaded from a file as src/data/program.ts loads the build's. */
function browserModule(): { programOf: (m: Model) => Program } {
  const dir = join(tmpdir(), 'mai-numbers-programs');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `browser-${process.pid}.mjs`);
  writeFileSync(file, browser);
  return createRequire(import.meta.url)(file) as { programOf: (m: Model) => Program };
}

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

  it('names no id and reads no page: it takes them from the model handed in, and refuses a model of another length', () => {
    for (const id of ids.filter((id) => model.quantities[id]!.kind === 'derived'))
      expect(browser).not.toContain(`"${id}"`);
    expect(browser).not.toContain('import');
    const { programOf } = browserModule();
    const program = programOf(slim);
    expect(program.order).toEqual(ids);
    // Every derived quantity of the slim model gets its formula and work, keyed by its id.
    const derived = ids.filter((id) => slim.quantities[id]!.kind === 'derived');
    expect(Object.keys(program.formulas).sort()).toEqual([...derived].sort());
    expect(Object.keys(program.work).sort()).toEqual([...derived].sort());
    const shorter = { ...slim, quantities: Object.fromEntries(ids.slice(1).map((id) => [id, slim.quantities[id]!])) };
    expect(() => programOf(shorter)).toThrow('does not match the compiled formulas');
  });

  it('ships in the page’s model no source, formula or derived label', () => {
    for (const q of Object.values(slim.quantities)) {
      expect(q).not.toHaveProperty('formula');
      expect(q).not.toHaveProperty('file');
      if (q.kind === 'derived') expect(q).not.toHaveProperty('label');
      else expect(q).toHaveProperty('label');
    }
  });

  it('is one file for the site, named by a hash of its text, which holds the model the program reads', () => {
    const pages = { titles: ['A page'], of: { [ids.at(-1)!]: 0 } };
    const file = runtimeModelFile(model, pages);
    expect(JSON.parse(file.json)).toEqual(runtimeModel(model, pages));
    // The name: the first 12 hexadecimal digits of the SHA-256 of the text.
    const hash = createHash('sha256').update(file.json, 'utf8').digest('hex').slice(0, 12);
    expect(file.name).toBe(`runtime-model.${hash}.json`);
    expect(file.hash).toBe(hash);
    const other = runtimeModelFile(model, { titles: [], of: {} });
    expect(other.name).not.toBe(file.name);
    expect(runtimeModelFile(model, pages)).toBe(file);
  });
});
