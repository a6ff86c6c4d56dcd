import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../../src/data/facts-files';
import { unitTables } from '../../../src/lib/engine/compile';
import { parseRange, rangeParam } from '../../../src/lib/engine/parse-range';
import type { Input } from '../../../src/lib/engine/model';

const model = loadFacts('content/facts');
const units = unitTables(model);
const goodput = model.quantities['pretrain.goodput'] as Input;
const overhead = model.quantities['pretrain.overhead_hours'] as Input;
const read = (q: Input, text: string, bare: 'display' | 'stored' = 'display') =>
  parseRange(q, text, units[q.unit], bare);

describe('a range a reader types', () => {
  it('reads “85–90 %” as 0.85 to 0.9, the unit written once', () => {
    for (const text of ['85–90 %', '85-90%', '85 % to 90 %', '85 to 90', '90–85 %']) {
      const r = read(goodput, text);
      expect(r, text).toMatchObject({ ok: true });
      if (r?.ok) {
        expect(r.low).toBeCloseTo(0.85, 12);
        expect(r.high).toBeCloseTo(0.9, 12);
      }
    }
  });
  it('reads “48 to 54 h” and “2 to 3 days” in hours', () => {
    expect(read(overhead, '48 to 54 h')).toEqual({ ok: true, low: 48, high: 54 });
    expect(read(overhead, '2–3 days')).toEqual({ ok: true, low: 48, high: 72 });
  });
  it('reads a link’s form in the stored unit and writes it back', () => {
    expect(read(goodput, '0.85..0.9', 'stored')).toEqual({ ok: true, low: 0.85, high: 0.9 });
    expect(rangeParam(0.85, 0.9)).toBe('0.85..0.9');
  });
  it('is not a range for a plain value, or for a number with an exponent', () => {
    expect(read(overhead, '51')).toBeUndefined();
    expect(read(overhead, '5e-1 h')).toBeUndefined();
  });
  it('refuses an end the input refuses, with the grammar’s message', () => {
    const r = read(goodput, '85–190 %');
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.error.kind).toBe('too-large');
  });
});

describe('a range in a link', () => {
  it('sets the input to its middle and keeps the range, for the summary and the citation', async () => {
    const { parseScenario } = await import('../../../src/lib/scenario');
    const { changesQuery, scenarioChanges } = await import('../../../src/lib/present/scenario-summary');
    const m = { ...model, units };
    const { overrides, spans, notices } = parseScenario('?pretrain.goodput=0.85..0.9', m);
    expect(notices).toEqual([]);
    // The middle of 0.85 and 0.9.
    expect(overrides['pretrain.goodput']).toBeCloseTo(0.875, 12);
    expect(spans['pretrain.goodput']).toEqual([0.85, 0.9]);
    const changes = scenarioChanges('?pretrain.goodput=0.85..0.9', m);
    expect(changes[0]!.value).toBe('85.0 % to 90.0 %');
    expect(changesQuery(changes)).toBe('?pretrain.goodput=0.85..0.9');
  });
});
