/** One list of custom units: the engine's (math.ts), and CONTRIBUTING quotes it word for word. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CUSTOM_UNITS } from '../../../src/lib/engine/math';
import { isKnownUnit } from '../../../src/lib/engine/units';

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
