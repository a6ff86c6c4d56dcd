/**
 * Bad data fails clearly: each fixture under tests/fixtures/bad-facts/<case>/ is a tiny facts
 * directory with one defect, and loadFacts must throw a FactsError naming the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FactsError } from '../../../src/lib/facts/load';
import { loadFacts } from '../../../src/data/facts-files';

const FIXTURES = 'tests/fixtures/bad-facts';

// One row per defect: the file and field the message must name, and a phrase of the detail.
describe.each([
  // run.total's formula uses run.missing, which no file defines.
  { dir: 'unknown-id', file: 'run.yaml', field: 'formula', detail: 'run.missing' },
  // run.hours is defined in a.yaml and again in b.yaml (files load in name order, so b is the second).
  { dir: 'duplicate-id', file: 'b.yaml', field: 'id', detail: 'duplicate id' },
  // run.a uses run.b, which uses run.a.
  { dir: 'cycle', file: 'run.yaml', field: 'formula', detail: 'run.a' },
  // run.gpu_hours declares GPU·h but its formula is plain hours.
  { dir: 'unit-mismatch', file: 'run.yaml', field: 'unit', detail: 'GPU h' },
  // run.hours has no source field at all.
  { dir: 'input-without-source', file: 'run.yaml', field: 'source', detail: '' },
  // run.hours names a source id that no file defines.
  { dir: 'unknown-source', file: 'run.yaml', field: 'source', detail: 'nowhere' },
  // An unclosed flow sequence.
  { dir: 'malformed-yaml', file: 'run.yaml', field: '(file)', detail: 'YAML' },
  // A trailing comma and a missing closing brace.
  { dir: 'malformed-json', file: 'run.json', field: '(file)', detail: 'JSON' },
])('$dir', ({ dir, file, field, detail }) => {
  it(`throws a FactsError naming ${file} and field "${field}"`, () => {
    const path = join(FIXTURES, dir);
    let error: unknown;
    try {
      loadFacts(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FactsError);
    const e = error as FactsError;
    expect(e.file).toBe(join(path, file));
    expect(e.field).toBe(field);
    expect(e.message).toContain(join(path, file));
    expect(e.message).toContain(`field "${field}"`);
    expect(e.message).toContain(detail);
  });
});
