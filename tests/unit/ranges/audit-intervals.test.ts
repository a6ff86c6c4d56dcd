/**
 * The site's claims under intervals. Each expected interval is arithmetic written here from the
 * precision the sources write their figures to (content/facts/ranges.yaml) and the claim's own.
 */
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../../src/data/facts-files';
import { createEngine } from '../../../src/data/program';
import { auditAll } from '../../../src/lib/audit/verdict';
import { citedRanges, compareIntervals, lastDigit } from '../../../src/lib/audit/intervals';

const model = loadFacts('content/facts');
const values = (() => {
  const r = createEngine(model).evaluate();
  if (!r.ok) throw r.error;
  return r.value;
})();
const results = new Map(auditAll(model, values, undefined, citedRanges(createEngine(model))).map((r) => [r.id, r]));
const result = (id: string) => results.get(id)!;

describe('a stated figure’s interval is its written precision', () => {
  it('reads the last digit of the number as written', () => {
    expect(lastDigit(510)).toBe(1);
    expect(lastDigit(3.76)).toBeCloseTo(0.01, 12);
    expect(lastDigit(3.8e25)).toBeCloseTo(1e24, -10);
  });
  it('compares overlapping and disjoint intervals, with the gap in widths of the range', () => {
    expect(compareIntervals([1, 2], [2, 3]).overlap).toBe(true);
    // 459 ± 0.5 against 500–510: apart by 500 − 459.5 = 40.5, four widths of 10.
    expect(compareIntervals([458.5, 459.5], [500, 510])).toEqual({ overlap: false, gap: 40.5, inRanges: 4.05 });
  });
});

describe('the site’s numeric claims under intervals', () => {
  const wall: [number, number] = [50.5 / 0.1005, 51.5 / 0.0995];
  it('510 h: 509.5–510.5 h overlaps the wall-clock time, 50.5 / 0.1005 to 51.5 / 0.0995 h', () => {
    const r = result('claim.headline.wall_hours');
    expect(r.verdict).toBe('consistent');
    expect(r.recomputedRange![0]).toBeCloseTo(wall[0], 9);
    expect(r.recomputedRange![1]).toBeCloseTo(wall[1], 9);
  });
  it('459 h: 458.5–459.5 h lies below the wall-clock range, by (50.5 / 0.1005 − 459.5) over its width', () => {
    const r = result('claim.headline.productive_hours');
    expect(r.verdict).toBe('inconsistent');
    expect(r.gapInRanges).toBeCloseTo((wall[0] - 459.5) / (wall[1] - wall[0]), 9);
  });
  it('3.76 million GPU-hours: 3.755–3.765 M overlaps the productive hours times 8,192', () => {
    const r = result('claim.headline.gpu_hours');
    expect(r.statedRange).toEqual([3.755e6, 3.765e6]);
    expect(r.recomputedRange![0]).toBeCloseTo(((50.5 * 0.8995) / 0.1005) * 8192, 3);
    expect(r.verdict).toBe('consistent');
  });
  it('15 % of overhead: 6.45 / 51.5 to 6.55 / 50.5 is below 14.5–15.5 %', () => {
    const r = result('claim.pretrain.recompute_share');
    expect(r.recomputedRange![0]).toBeCloseTo((6.45 / 51.5) * 100, 9);
    expect(r.recomputedRange![1]).toBeCloseTo((6.55 / 50.5) * 100, 9);
    expect(r.verdict).toBe('inconsistent');
  });
  it('27 % and 35 %: 13.5 / 51.5 to 14.5 / 50.5 and 17.5 / 51.5 to 18.5 / 50.5 overlap them', () => {
    expect(result('claim.pretrain.nonstepping_share').recomputedRange![1]).toBeCloseTo((14.5 / 50.5) * 100, 9);
    expect(result('claim.pretrain.nonstepping_share').verdict).toBe('consistent');
    expect(result('claim.pretrain.mfu_drop_share').recomputedRange![0]).toBeCloseTo((17.5 / 51.5) * 100, 9);
    expect(result('claim.pretrain.mfu_drop_share').verdict).toBe('consistent');
  });
  it('3.5 % active: 34.5 / 1,050 to 35.5 / 950 (billions) overlaps 3.45–3.55 %', () => {
    const r = result('claim.headline.active_fraction');
    expect(r.recomputedRange![0]).toBeCloseTo((34.5 / 1050) * 100, 9);
    expect(r.recomputedRange![1]).toBeCloseTo((35.5 / 950) * 100, 9);
    expect(r.verdict).toBe('consistent');
  });
  it('3.5 % of the reported 962 B: 34.5 / 962.5 to 35.5 / 961.5 is above 3.55 %', () => {
    const r = result('claim.architecture.active_share_of_reported_total');
    expect(r.recomputedRange![0]).toBeCloseTo((34.5 / 962.5) * 100, 9);
    expect(r.verdict).toBe('inconsistent');
  });
  it('“halved” is exact, and so is 4,096 of 8,192', () => {
    expect(result('claim.stages.mid2_halved')).toMatchObject({ statedRange: [50, 50], verdict: 'consistent' });
  });
  it('the sum of the listed overheads, 37.45–39.55 h, is apart from 50.5–51.5 h', () => {
    expect(result('claim.pretrain.lost_hours_list').verdict).toBe('inconsistent');
  });
  it('keeps every verdict the tolerances gave', () => {
    // The verdicts before intervals (tolerances typed by hand), from the audit page of the last build.
    const before: Record<string, string> = {
      'claim.architecture.total_params': 'consistent',
      'claim.compute.mfu': 'inconsistent',
      'claim.family.preview_gpus_notes': 'consistent',
      'claim.hardware.b200_gpus': 'consistent',
      'claim.headline.tokens_rate': 'inconsistent',
      'claim.pretrain.global_batch': 'consistent',
      'claim.pretrain.goodput_gpus': 'consistent',
      'claim.pretrain.mfu_drop_largest': 'consistent',
      'claim.stages.mid2_context_decimal_k': 'consistent',
    };
    for (const [id, verdict] of Object.entries(before)) expect(result(id).verdict, id).toBe(verdict);
  });
});
