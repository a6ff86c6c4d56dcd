/**
 * The verdict of every headline claim (content/facts/claims-headline.yaml) on the site's facts.
 * Each expected value is arithmetic on the notes' inputs, written here: 51 h of overhead,
 * 90.0 % goodput, 8,192 GPUs, 30T tokens, 35 billion active of a trillion parameters.
 */
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/data/facts-files';
import { createEngine } from '../../src/data/program';
import { auditAll } from '../../src/lib/audit/verdict';
import { isClose } from './support/approx';

const model = loadFacts('content/facts');
const evaluated = createEngine(model).evaluate();
if (!evaluated.ok) throw evaluated.error;
const results = new Map(auditAll(model, evaluated.value).map((r) => [r.id, r]));

const WALL = 51 / (1 - 0.9); // 510 h
const GPU_HOURS = (WALL - 51) * 8192; // 3,760,128 GPU·h
const TOKENS_PER_GPU_SECOND = 30e12 / (GPU_HOURS * 3600); // ≈ 2,216 tokens/GPU/s

describe.each([
  // "the entire pre-training took 510 hours": 51 / (1 − 0.9) = 510, within ±0.5 h.
  { id: 'claim.headline.wall_hours', recomputed: WALL, verdict: 'consistent' },
  // "The pre-training took 459 hours": the notes' "entire pre-training" took 51 / (1 − 0.9) = 510 h,
  // so 459 h (= 510 − 51, the productive time) is not how long it took.
  { id: 'claim.headline.productive_hours', recomputed: WALL, verdict: 'inconsistent' },
  // "3.76 million GPU hours": (510 − 51) × 8,192 = 3,760,128, within ±5,000.
  { id: 'claim.headline.gpu_hours', recomputed: GPU_HOURS, verdict: 'consistent' },
  // "2.2 million tokens per GPU per second": 30e12 / (3,760,128 × 3,600) ≈ 2,216, a thousandth of 2.2 M.
  { id: 'claim.headline.tokens_rate', recomputed: TOKENS_PER_GPU_SECOND, verdict: 'inconsistent' },
  // "(3.5% active)": 35e9 / 1e12 = 3.5 %, within ±0.05 pp.
  { id: 'claim.headline.active_fraction', recomputed: (35e9 / 1e12) * 100, verdict: 'consistent' },
])('$id', ({ id, recomputed, verdict }) => {
  const r = results.get(id);
  it(`is ${verdict}`, () => expect(r?.verdict).toBe(verdict));
  // The engine rounds to twelve significant digits, well inside this relative tolerance.
  it('recomputes the arithmetic', () => expect(isClose(r?.recomputed, recomputed, 1e-10)).toBe(true));
});

it('the rate is off by a factor of about a thousand', () => {
  // 2,216 / 2,200,000 ≈ 0.001007: the "million" should be "thousand".
  const ratio = results.get('claim.headline.tokens_rate')?.ratio;
  expect(isClose(ratio, TOKENS_PER_GPU_SECOND / 2.2e6)).toBe(true);
  expect(Math.round(1 / ratio!)).toBeGreaterThan(900);
  expect(Math.round(1 / ratio!)).toBeLessThan(1100);
});
