/**
 * The sensitivity charts as the live page redraws them (src/lib/present/sensitivity-view.ts, called
 * by src/client/sensitivity-live.ts after each edit): the wall-clock time's shares for the cited
 * ranges, a typed value and a typed range, against hand computations written here from
 * wall = overhead / (1 − goodput), overhead 50.5–51.5 h and goodput 89.95–90.05 % (the sources'
 * "51 hours" and "90.0%").
 */
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../../src/data/facts-files';
import { createEngine } from '../../../src/data/program';
import { boxOf, createRanges, type Span } from '../../../src/lib/engine/ranges';
import { sensitivityChart } from '../../../src/lib/present/sensitivity-view';
import { expectClose } from '../support/approx';

const model = loadFacts('content/facts');
const ranges = createRanges(createEngine(model));
const WALL = 'pretrain.wall_hours';
const OVERHEAD = 'pretrain.overhead_hours';
const GOODPUT = 'pretrain.goodput';
const label = (id: string) => model.quantities[id]!.label;

/** The chart for a scenario: overrides (own units) and typed ranges, as the live page's box. */
function chartAt(overrides: Record<string, number>, spans: Record<string, Span> = {}) {
  const box = boxOf(model, overrides, spans);
  return sensitivityChart(ranges, model, WALL, box);
}

/** Shares from the two one-at-a-time widths, and the lines a chart 300 units wide writes for them. */
function expected(byOverhead: number, byGoodput: number) {
  const total = byOverhead + byGoodput;
  const rows = [
    { input: OVERHEAD, share: byOverhead / total },
    { input: GOODPUT, share: byGoodput / total },
  ]
    .filter((r) => r.share > 0)
    .sort((a, b) => b.share - a.share);
  return rows.map((r) => ({
    ...r,
    text: `${label(r.input)}: ${Math.round(r.share * 100)} %`,
    width: Math.round(r.share * 300 * 100) / 100,
  }));
}

function expectRows(actual: ReturnType<typeof chartAt>, want: ReturnType<typeof expected>) {
  expect(actual.map((r) => r.input)).toEqual(want.map((r) => r.input));
  actual.forEach((r, i) => {
    expectClose(r.share, want[i]!.share);
    expect(r.text).toBe(want[i]!.text);
    expectClose(r.width, want[i]!.width, 1e-6);
  });
}

describe('the sensitivity chart for the current scenario', () => {
  it('at the cited values: overhead 10 h wide (50.5/0.1 to 51.5/0.1), goodput 51/0.0995 − 51/0.1005', () => {
    const chart = chartAt({});
    expectRows(chart, expected(51.5 / 0.1 - 50.5 / 0.1, 51 / 0.0995 - 51 / 0.1005));
  });

  it('after a plain goodput of 80 %: goodput is exact, so the overhead holds the whole range', () => {
    // Overhead alone at goodput 0.8: 50.5 / 0.2 to 51.5 / 0.2; goodput has no width.
    const chart = chartAt({ [GOODPUT]: 0.8 });
    expectRows(chart, expected(51.5 / 0.2 - 50.5 / 0.2, 0));
    expect(chart[0]!.text).toBe(`${label(OVERHEAD)}: 100 %`);
  });

  it('after a typed goodput of 85–90 %: at its middle, 87.5 %, the goodput holds most of the range', () => {
    // Overhead alone at goodput 0.875: 51.5 / 0.125 − 50.5 / 0.125 = 8 h.
    // Goodput alone at 51 h: 51 / (1 − 0.9) − 51 / (1 − 0.85) = 510 − 340 = 170 h.
    // Shares: 8 / 178 ≈ 4 % and 170 / 178 ≈ 96 %.
    const chart = chartAt({ [GOODPUT]: 0.875 }, { [GOODPUT]: [0.85, 0.9] });
    const want = expected(51.5 / 0.125 - 50.5 / 0.125, 51 / 0.1 - 51 / 0.15);
    expectRows(chart, want);
    expect(chart.map((r) => r.text)).toEqual([`${label(GOODPUT)}: 96 %`, `${label(OVERHEAD)}: 4 %`]);
  });

  it('has no lines where the result has no width (both inputs typed as plain values)', () => {
    const chart = chartAt({ [GOODPUT]: 0.8, [OVERHEAD]: 40 });
    expect(chart).toEqual([]);
  });
});
