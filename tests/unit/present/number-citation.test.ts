/**
 * "Cite this number": the citation of one number as plain text (src/lib/present/number-citation.ts).
 * The records are built here from the facts (labels, formulas, sources and locators of the
 * pre-training run) and the values a reader would see; each expected string is written out from
 * the same facts, so it can be checked by eye against content/facts/pretraining.yaml.
 */
import { describe, expect, test } from 'vitest';
import { loadFacts } from '../../../src/data/facts-files';
import type { Derived, Input } from '../../../src/lib/engine/model';
import { numberCitation, type NumberCitation } from '../../../src/lib/present/number-citation';

const model = loadFacts('content/facts');
const wall = model.quantities['pretrain.wall_hours'] as Derived;
const overhead = model.quantities['pretrain.overhead_hours'] as Input;
const goodput = model.quantities['pretrain.goodput'] as Input;
const sourceOf = (q: Input) => {
  const s = model.sources[q.source]!;
  return `${s.author}, ${s.title}${s.date ? ` (${s.date})` : ''}, ${q.locator}`;
};
const URL_ = 'https://example.org/pretraining/?pretrain.goodput=0.85..0.9#pretrain.wall_hours';

/** The wall-clock time with goodput typed as 85–90 %: 51 h / (1 − 87.5 %) is 408 h (51 / 0.125, arithmetic). */
const ranged: NumberCitation = {
  site: 'MAI Numbers',
  page: 'Pre-training',
  label: wall.label,
  value: '408 h',
  // The overhead keeps its range 50.5–51.5 h: 50.5 / (1 − 0.85) ≈ 336.7 h to 51.5 / (1 − 0.9) = 515 h.
  range: '337–515 h with the ranges entered',
  formula: { formula: wall.formula, work: '51 h / (1 − 87.5 %) = 408 h' },
  sources: [`${overhead.label}: ${sourceOf(overhead)}`, `${goodput.label}: ${sourceOf(goodput)}`],
  url: URL_,
  accessed: '2026-12-02',
  version: { commit: 'abc1234', date: '2026-12-01' },
  scenario: [`${goodput.label} 85 % to 90 % (cited: 90.0 %)`],
};

describe('numberCitation', () => {
  test('a derived number with a typed range: its value and range, formula and work, inputs’ sources, link and version', () => {
    expect(numberCitation(ranged)).toBe(
      `MAI Numbers. “${wall.label}: 408 h (337–515 h with the ranges entered).” On “Pre-training”. ` +
        `Formula: ${wall.formula}; with these values, 51 h / (1 − 87.5 %) = 408 h. ` +
        `Its inputs: ${overhead.label}: ${sourceOf(overhead)}; ${goodput.label}: ${sourceOf(goodput)}. ` +
        `Version abc1234 of 2026-12-01. ${URL_} (accessed 2026-12-02). ` +
        `Scenario, not the cited values: ${goodput.label} 85 % to 90 % (cited: 90.0 %).`,
    );
  });

  test('an input at its cited value, ranges not shown: its source and locator, no range, no scenario', () => {
    const c: NumberCitation = {
      site: 'MAI Numbers',
      page: 'Pre-training',
      label: overhead.label,
      value: '51 h',
      sources: [sourceOf(overhead)],
      url: 'https://example.org/pretraining/#pretrain.overhead_hours',
      accessed: '2026-12-02',
      version: { commit: 'abc1234', date: '2026-12-01' },
      scenario: [],
    };
    expect(numberCitation(c)).toBe(
      `MAI Numbers. “${overhead.label}: 51 h.” On “Pre-training”. Source: ${sourceOf(overhead)}. ` +
        'Version abc1234 of 2026-12-01. https://example.org/pretraining/#pretrain.overhead_hours (accessed 2026-12-02).',
    );
  });

  test('says “Unversioned build” as a page’s citation does, and reads the page’s text on one line', () => {
    const text = numberCitation({
      ...ranged,
      label: `  ${wall.label}\n`,
      value: '408\n  h',
      version: { commit: 'unknown', date: 'unknown' },
      scenario: [],
    });
    expect(text).toContain(`“${wall.label}: 408 h (337–515 h with the ranges entered).”`);
    expect(text).toContain(' Unversioned build. ');
    expect(text).not.toContain('Scenario');
  });
});
