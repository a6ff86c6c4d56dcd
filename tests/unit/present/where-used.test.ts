import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/data/program';
import { linksTo, pageName, usedBy } from '../../../src/lib/present/where-used';
import { modelOf } from '../support/model';

// a → ab → abb; b → ab → abb. Pages: ab on /one/ and /two/, abb nowhere, a on /two/.
const model = modelOf({
  inputs: [
    { id: 't.a', label: 'a', value: 2, unit: 'h', source: 'test', locator: 'x', assumption: false },
    { id: 't.b', label: 'b', value: 3, unit: 'GPU', source: 'test', locator: 'x', assumption: false },
  ],
  derived: [
    { id: 't.ab', label: 'ab', formula: 't.a * t.b', unit: 'GPU h', meaning: 'm' },
    { id: 't.abb', label: 'abb', formula: 't.ab / t.b', unit: 'h', meaning: 'm' },
  ],
});
const engine = createEngine(model);
const pages = { 't.ab': ['/one/', '/two/'], 't.a': ['/two/'] };

describe.each([
  { path: '/pretraining/', expected: 'pretraining' },
  { path: '/docs/compute/', expected: 'compute' }, // under a base path: the last segment
  { path: '/', expected: 'overview' }, // the home page
])('pageName($path)', ({ path, expected }) => {
  it(`is ${expected}`, () => expect(pageName(path)).toBe(expected));
});

describe('usedBy', () => {
  it('lists each dependent shown on a page, once per page, and skips those no page shows', () =>
    expect(usedBy(engine, pages, 't.a').map((l) => l.href)).toEqual(['/one/#t.ab', '/two/#t.ab']));
  it('puts the current page first', () =>
    expect(usedBy(engine, pages, 't.a', '/two/').map((l) => l.href)).toEqual(['/two/#t.ab', '/one/#t.ab']));
  it('has nothing for a quantity nothing depends on', () => expect(usedBy(engine, pages, 't.abb')).toEqual([]));
});

describe('linksTo', () => {
  it('links to the anchor of the quantity on each page that shows it', () =>
    expect(linksTo(engine, pages, 't.a')).toEqual([{ id: 't.a', label: 'a', href: '/two/#t.a', page: 'two' }]));
});
