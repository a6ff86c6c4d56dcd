import { describe, expect, it } from 'vitest';
import { rangeText } from '../../../src/lib/present/range-text';
import type { Quantity } from '../../../src/lib/engine/model';

const hours = { id: 't.h', kind: 'derived', label: 'h', unit: 'h', formula: '1', meaning: '', file: '' } as Quantity;
const share = { ...hours, unit: '1', display_unit: '%' } as Quantity;
const gpuh = { ...hours, unit: 'GPU h', symbol: 'GPU·h', format: { notation: 'compact' } } as Quantity;

describe('range text', () => {
  it('writes the ends one digit finer than the width', () => {
    // 50.5 / 0.1005 = 502.49 and 51.5 / 0.0995 = 517.59: a width of about 15, so whole hours.
    expect(rangeText(hours, [50.5 / 0.1005, 51.5 / 0.0995])).toBe('502–518 h');
    expect(rangeText(share, [89.95, 90.05])).toBe('89.95–90.05 %');
    // 50.5 / 0.15 = 336.7 and 51.5 / 0.1 = 515: three significant digits of the larger end.
    expect(rangeText(hours, [50.5 / 0.15, 51.5 / 0.1])).toBe('337–515 h');
    // A width of 0.115 M: hundredths of a million.
    expect(rangeText(gpuh, [3.7027e6, 3.8181e6])).toBe('3.70 M–3.82 M GPU·h');
  });
  it('writes nothing for a range of no width', () => {
    expect(rangeText(hours, [510, 510])).toBe('');
  });
});
