/**
 * /facts.json follows its published JSON Schema (src/lib/present/facts-schema.ts): the document as
 * the build generates it, and the built dist/facts.json where a build has run (`npm run test:dist` runs
 * this file again after the build, so `npm test` always validates the built one). Every object of the
 * schema is closed, so a field added to the document without a line in the schema fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFacts, loadRuns } from '../../../src/data/facts-files';
import { createEngine } from '../../../src/data/program';
import { auditRunClaims } from '../../../src/lib/runs/claims';
import { evaluateRun } from '../../../src/lib/runs/evaluate';
import { factsDocument } from '../../../src/lib/present/facts-document';
import { FACTS_SCHEMA_FILE, FACTS_SCHEMA_VERSION, factsSchema } from '../../../src/lib/present/facts-schema';
import { runsDocument } from '../../../src/lib/present/runs-document';
import { validate } from '../support/json-schema';

const URL = 'https://numbers.example.org/base/';
const model = loadFacts('content/facts');
const engine = createEngine(model);
const result = engine.evaluate();
if (!result.ok) throw result.error;
const loaded = loadRuns('content/facts', model);
const runResults = loaded.runs.map((r) => evaluateRun(model, r, createEngine));
const runs = runsDocument(runResults, loaded.claims, auditRunClaims(model, loaded.claims, runResults));
const pages = { 'pretrain.gpus': ['/base/pretraining/'] };
const doc = factsDocument(engine, result.value, pages, { commit: 'abc1234', date: '2026-01-01', url: URL }, runs);
const schema = factsSchema(URL);
/** A deep copy, to break on purpose. */
const copy = (): Record<string, unknown> => JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;

describe('the schema', () => {
  it('has an $id at the site’s address and a version, which the document names', () => {
    expect(schema['$id']).toBe(`${URL}${FACTS_SCHEMA_FILE}`);
    expect(schema['version']).toBe(FACTS_SCHEMA_VERSION);
    expect(doc.$schema).toBe(schema['$id']);
    expect(doc.schema_version).toBe(FACTS_SCHEMA_VERSION);
  });
});

describe('the generated document', () => {
  it('is valid', () => expect(validate(schema, JSON.parse(JSON.stringify(doc)))).toEqual([]));

  it('has every kind of record the schema describes (so each part was checked)', () => {
    const inputs = doc.quantities.filter((q) => q.kind === 'input');
    expect(inputs.some((q) => 'range_reading' in q && 'reading' in q)).toBe(true);
    expect(doc.quantities.some((q) => 'sensitivity' in q && q.sensitivity.length > 0)).toBe(true);
    expect(doc.claims.some((c) => c.check !== null) && doc.claims.some((c) => c.stated_range !== null)).toBe(true);
    expect(doc.runs.some((r) => r.claims.length > 0)).toBe(true);
    expect(Object.keys(doc.aliases).length).toBeGreaterThan(0);
  });

  it('fails with a field the schema does not list, at any depth', () => {
    const top = copy();
    top['extra'] = 1;
    expect(validate(schema, top)).toEqual(['$: field "extra" is not in the schema']);
    const deep = copy() as { quantities: Record<string, unknown>[] };
    (deep.quantities[0]!['range'] as Record<string, unknown>)['mid'] = 0;
    expect(validate(schema, deep).join()).toMatch(/"mid" is not in the schema/);
  });

  it('fails with a required field missing or of the wrong type', () => {
    const missing = copy() as { claims: Record<string, unknown>[] };
    delete missing.claims[0]!['verdict'];
    expect(validate(schema, missing)).toEqual(['$.claims[0]: missing verdict']);
    const wrong = copy() as { build: Record<string, unknown> };
    wrong.build['commit'] = 7;
    expect(validate(schema, wrong)).toEqual([
      '$.build.commit: matches none of anyOf; $.build.commit: integer, not string',
    ]);
  });
});

describe('the built dist/facts.json', () => {
  const built = 'dist/facts.json';
  it.runIf(existsSync(built))('is valid against the built dist/facts.schema.json', () => {
    const published = JSON.parse(readFileSync(`dist/${FACTS_SCHEMA_FILE}`, 'utf8')) as Record<string, unknown>;
    const document = JSON.parse(readFileSync(built, 'utf8')) as Record<string, unknown>;
    expect(document['$schema']).toBe(published['$id']);
    expect(validate(published, document)).toEqual([]);
  });
  if (!existsSync(built)) console.warn('dist/facts.json not built: only the generated document was validated.');
});
