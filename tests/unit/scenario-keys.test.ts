import { describe, expect, it } from 'vitest';
import { hasScenario, isScenarioKey } from '../../src/lib/scenario-keys';

describe('hasScenario', () => {
  it.each([
    ['?pretrain.gpus=4096', true],
    ['?utm_source=x&pretrain.goodput=0.8', true],
    ['?utm_source=x', false],
    // A dot in a value is not a scenario; the old boot scripts disagreed on this one.
    ['?ref=example.org', false],
    ['', false],
  ])('%s → %s', (search, expected) => expect(hasScenario(search)).toBe(expected));

  it('counts input ids as scenario keys, and nothing without a dot unless it is listed', () => {
    expect(isScenarioKey('pretrain.gpus')).toBe(true);
    expect(isScenarioKey('sort')).toBe(false);
  });
});
