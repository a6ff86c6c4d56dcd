/** One list of custom units: the engine's (math.ts), and CONTRIBUTING quotes it word for word. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CUSTOM_UNITS } from '../../../src/lib/engine/math';
import { hasDimension, isKnownUnit, toValue } from '../../../src/lib/engine/units';
import { formatQuantity } from '../../../src/lib/engine/format';
import type { Quantity } from '../../../src/lib/engine/model';

it('CONTRIBUTING lists the custom units of the engine, in its order', () => {
  const line = /`CUSTOM_UNITS` in `src\/lib\/engine\/math\.ts`[^:]*:\s*([^.]+)\./.exec(
    readFileSync('CONTRIBUTING.md', 'utf8'),
  );
  expect(line?.[1]?.split(/,\s*/).map((u) => u.trim())).toEqual(Object.keys(CUSTOM_UNITS));
});

it('every custom unit is known to the engine, and FLOP takes prefixes', () => {
  for (const name of Object.keys(CUSTOM_UNITS)) expect(isKnownUnit(name), name).toBe(true);
  expect(isKnownUnit('PFLOP / s')).toBe(true);
});

it('domain and step are dimensions of their own, like rack', () => {
  expect(isKnownUnit('domain')).toBe(true);
  expect(isKnownUnit('steps')).toBe(true);
  expect(hasDimension(toValue(2, 'domain'), 'rack')).toBe(false);
  expect(hasDimension(toValue(2, 'domain'), '1')).toBe(false);
});

it('a FLOP count is written by the formatter in scientific notation with its unit', () => {
  // The quantity is hypothetical (written here): 6.3 × 10²⁴ FLOP, the size of the pre-training compute.
  const q = { id: 'x.flop', label: 'x', kind: 'derived', unit: 'FLOP', format: { digits: 3 } } as unknown as Quantity;
  expect(formatQuantity(q, 6.3e24).text).toBe('6.3 × 10²⁴ FLOP');
});
