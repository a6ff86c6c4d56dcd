import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/lib/facts/load';
import { loadFacts } from '../../../src/data/facts-files';
import { factsFileSchema } from '../../../src/lib/facts/schema';
import { statedPrecision } from '../../../src/lib/facts/ranges';
import type { Input } from '../../../src/lib/engine/model';

const model = loadFacts('content/facts');
const input = (id: string) => model.quantities[id] as Input;

describe('input ranges from the way the sources write them', () => {
  it('reads half a unit of the last stated digit', () => {
    // "51" → ± 0.5; "90.0" → ± 0.05; "3.4T" → ± 0.05 T (arithmetic, not output).
    expect(statedPrecision('51')).toEqual({ value: 51, half: 0.5 });
    expect(statedPrecision('90.0')!.half).toBeCloseTo(0.05, 12);
    expect(statedPrecision('3.4T')!.half).toBeCloseTo(0.05e12, 0);
    expect(statedPrecision('about 15,000')).toBeUndefined();
  });
  it('gives 51 hours as 50.5–51.5 h and 90.0 % as 89.95–90.05 %', () => {
    const [lo, hi] = input('pretrain.overhead_hours').range!;
    expect([lo, hi]).toEqual([50.5, 51.5]);
    const [glo, ghi] = input('pretrain.goodput').range!;
    expect(glo).toBeCloseTo(0.8995, 12);
    expect(ghi).toBeCloseTo(0.9005, 12);
  });
  it('gives counts zero width, and labels explicit readings as ours', () => {
    expect(input('pretrain.gpus').range).toEqual([8192, 8192]);
    expect(input('arch.layers').range_basis!.kind).toBe('exact');
    expect(input('model.total_params').range_basis).toMatchObject({ kind: 'reading' });
    expect(input('model.total_params').range_basis!.text).toMatch(/^Ours\./);
  });
  it('holds switches fixed', () => {
    const sw = Object.values(model.quantities).filter((q): q is Input => q.kind === 'input' && !!q.options);
    expect(sw.length).toBeGreaterThan(0);
    for (const q of sw) expect(q.range).toEqual([q.value, q.value]);
  });
  it('gives every input a range', () => {
    for (const q of Object.values(model.quantities)) if (q.kind === 'input') expect(q.range, q.id).toBeDefined();
  });
});

describe('a facts file without what a range needs fails, naming the file and the field', () => {
  const file = (ranges: unknown[]) => ({
    name: 'f.yaml',
    data: factsFileSchema.parse({
      sources: [{ id: 'src', title: 'Notes', author: 'A. Author', kind: 'secondary' }],
      inputs: [
        { id: 't.a', label: 'A', value: 51, unit: 'h', source: 'src', locator: 'p. 1' },
        { id: 't.b', label: 'B', value: 2, unit: 'h', source: 'src', locator: 'p. 1' },
      ],
      ranges,
    }),
  });
  it('an input with no entry', () => {
    expect(() => buildModel([file([{ id: 't.a', stated: '51' }])])).toThrow(/f\.yaml: "t\.b", field "range": no range/);
  });
  it('a stated text that does not read as the value', () => {
    expect(() =>
      buildModel([
        file([
          { id: 't.a', stated: '52' },
          { id: 't.b', exact: 'x' },
        ]),
      ]),
    ).toThrow(/"t\.a", field "stated": "52" reads as 52 h, but the input's value is 51/);
  });
});
