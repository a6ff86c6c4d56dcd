/**
 * Every input a reader can edit has plausible bounds (issue 13): a smallest and a largest value,
 * with the cited value between them, and each bound writable in its field and readable back.
 * The bounds themselves are this site's, with the reason beside each in content/facts/*.yaml.
 */
import { describe, expect, test } from 'vitest';
import type { Input } from '../../../src/lib/engine/model';
import { parseInput } from '../../../src/lib/engine/parse-input';
import { loadFacts } from '../../../src/data/facts-files';
import { fieldText } from '../../../src/lib/present/quantity';

const model = loadFacts('content/facts');
const inputs = Object.values(model.quantities).filter((q): q is Input => q.kind === 'input');

test('the model has inputs to check', () => expect(inputs.length).toBeGreaterThan(10));

describe.each(inputs.map((q) => ({ id: q.id, q })))('$id', ({ q }) => {
  test('has a finite min and max', () => {
    expect(Number.isFinite(q.min), `${q.file}: "${q.id}" needs a \`min:\``).toBe(true);
    expect(Number.isFinite(q.max), `${q.file}: "${q.id}" needs a \`max:\``).toBe(true);
  });
  test('has its cited value within them', () => {
    expect(q.value).toBeGreaterThanOrEqual(q.min!);
    expect(q.value).toBeLessThanOrEqual(q.max!);
  });
  test('each bound, as its field writes it, reads back as a valid value', () => {
    for (const bound of [q.min!, q.max!]) {
      if (q.options && !q.options.some((o) => o.value === bound)) continue; // a switch offers only its options
      const text = fieldText(q, bound);
      const read = parseInput(q, text);
      expect(read.ok, `${q.id}: the field text “${text}” of ${bound} is refused`).toBe(true);
    }
  });
});
