/** Data downloads: one row per quantity, a page's rows with their dependencies, file names. */
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../../src/data/program';
import {
  dataCsv,
  dataRow,
  idsByPage,
  pageSlug,
  storedValue,
  withDependencies,
} from '../../../src/lib/present/data-export';
import { modelOf } from '../support/model';
import { expectClose } from '../support/approx';

const model = modelOf({
  inputs: [
    {
      id: 't.goodput',
      label: 'Goodput',
      value: 0.9,
      unit: '1',
      display_unit: '%',
      source: 'test',
      locator: 'p. 1, “quoted”',
      quote: '90.0% goodput',
    },
    { id: 't.hours', label: 'Overhead', value: 51, unit: 'h', source: 'test', locator: 'p. 2' },
    { id: 't.gpus', label: 'GPUs', value: 8192, unit: 'GPU', source: 'test', locator: 'p. 3' },
  ],
  derived: [
    { id: 't.wall', label: 'Wall, clock', unit: 'h', formula: 't.hours / (1 - t.goodput)', meaning: 'test' },
    { id: 't.gpu_hours', label: 'GPU-hours', unit: 'GPU h', formula: 't.wall * t.gpus', meaning: 'test' },
  ],
} as never);
const engine = createEngine(model);
const evaluated = engine.evaluate();
if (!evaluated.ok) throw evaluated.error;
const values = evaluated.value;

describe('dataRow', () => {
  test('an input carries its value in the unit shown, its source, locator and citation', () => {
    const row = dataRow(model, values, 't.goodput');
    // Shown as a percentage: 0.9 → 90.
    expectClose(row.value, 90);
    expect(row).toMatchObject({ kind: 'input', unit: '%', formula: '', source: 'test', locator: 'p. 1, “quoted”' });
    // Stored as the fraction the formulas compute with: 90 % → 0.9, unit "1".
    expect(row).toMatchObject({ stored_value: 0.9, stored_unit: '1' });
    expect(row.citation).toBe('Tests, “Test”, p. 1, “quoted”: “90.0% goodput”');
  });
  test('a derived quantity carries its formula and value', () => {
    const row = dataRow(model, values, 't.wall');
    // 51 / (1 − 0.9) = 510 hours.
    expectClose(row.value, 510);
    expect(row).toMatchObject({ kind: 'derived', unit: 'h', formula: 't.hours / (1 - t.goodput)', source: '' });
    // Shown in its own unit, so the stored value is the shown one.
    expect(row.stored_unit).toBe('h');
    expectClose(row.stored_value, 510);
  });
  test('an unknown id fails', () =>
    expect(() => dataRow(model, values, 't.nope')).toThrow(/unknown quantity id "t.nope"/));
});

describe('withDependencies', () => {
  // t.gpu_hours needs t.wall and t.gpus, and t.wall needs t.hours and t.goodput: all five.
  test('adds every quantity a shown one is computed from', () =>
    expect(new Set(withDependencies(engine, ['t.gpu_hours']))).toEqual(
      new Set(['t.goodput', 't.hours', 't.gpus', 't.wall', 't.gpu_hours']),
    ));
  test('lists a quantity after what it is computed from', () => {
    const ids = withDependencies(engine, ['t.wall']);
    expect(ids.indexOf('t.wall')).toBeGreaterThan(ids.indexOf('t.hours'));
    expect(ids).not.toContain('t.gpus');
  });
});

describe('dataCsv', () => {
  test('has the thirteen columns and quotes a label with a comma', () => {
    // A range of 502–518 h given for the row (the ends are written as given).
    const csv = dataCsv([dataRow(model, values, 't.wall', [502, 518])]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('id,label,kind,value,unit,stored_value,stored_unit,formula,source,locator,citation,low,high');
    expect(row).toBe('t.wall,"Wall, clock",derived,510,h,510,h,t.hours / (1 - t.goodput),,,,502,518');
  });
  test('a percentage has its display value and unit beside its stored ones', () => {
    const line = dataCsv([dataRow(model, values, 't.goodput')]).split('\r\n')[1]!;
    // 0.9 is shown as 90 %; the formula t.hours / (1 - t.goodput) needs the 0.9.
    expect(line.startsWith('t.goodput,Goodput,input,90,%,0.9,1,')).toBe(true);
  });
});

describe.each([
  // A percentage: 84.2105263158 % is the fraction 0.842105263158 (twelve significant digits kept).
  { shown: 84.2105263158, expected: 0.842105263158 },
  { shown: 90, expected: 0.9 },
  { shown: 0, expected: 0 },
])('storedValue of a percentage shown as $shown', ({ shown, expected }) => {
  test(`is ${expected}`, () => expect(storedValue(model.quantities['t.goodput']!, shown)).toBe(expected));
});

describe.each([
  { path: '/pretraining/', base: '/', expected: 'pretraining' },
  { path: '/', base: '/', expected: 'index' },
  { path: '/docs/stages/', base: '/docs', expected: 'stages' },
  { path: '/docs/', base: '/docs/', expected: 'index' },
])('pageSlug($path, $base)', ({ path, base, expected }) => {
  test(`is ${expected}`, () => expect(pageSlug(path, base)).toBe(expected));
});

test('idsByPage inverts id → pages, keeping the given order', () => {
  const pages = { 'a.x': ['/p/', '/q/'], 'a.y': ['/p/'] };
  expect(Object.fromEntries(idsByPage(pages, ['a.y', 'a.x']))).toEqual({ '/p/': ['a.y', 'a.x'], '/q/': ['a.x'] });
});
