/**
 * Every input's range at the sources' precision, from `ranges:` entries (content/facts/ranges.yaml),
 * put on the input as `range` ([low, high] in its own unit) and `range_basis` (how it was read).
 *
 * - `stated: '51'`: the figure as the source writes it, in the input's display unit, with an
 *   optional scale word ("30T", "3.4T", "35B"). The range is half a unit of its last digit either
 *   side: "51" is 50.5–51.5, "90.0" is 89.95–90.05, "3.4T" is 3.35–3.45 T. The text must read as
 *   the input's value, so that it cannot drift from the figure.
 * - `exact: why`: exact by definition (a count, a product's make-up): zero width.
 * - `fixed: why`: an assumption of this site, held at its value: zero width, labelled as held.
 * - `low, high, reading`: an explicit range where the words say more ("roughly", "a trillion"),
 *   labelled as this site's reading.
 * A switch (an input with `options:`) is held fixed and needs no entry; every other input needs one
 * (in a model with any `ranges:` list; a model without one, a test's fixture, has exact inputs).
 */
import { displayUnit, type Input, type Quantity, type RangeBasis } from '../engine/model';
import { unitScale } from '../engine/units';
import type { FactsFile } from './schema';

type Fail = (file: string, field: string, detail: string, id?: string) => Error;

const SCALE: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/** A figure as written: its number, the scale of its word, and half a unit of its last digit. */
export function statedPrecision(text: string): { value: number; half: number } | undefined {
  const m = text.trim().match(/^(\d[\d,]*)(?:\.(\d+))?\s*([kKMBT])?$/);
  if (!m) return undefined;
  const scale = m[3] ? SCALE[m[3]]! : 1;
  const decimals = m[2]?.length ?? 0;
  const value = Number(`${m[1]!.replaceAll(',', '')}.${m[2] ?? '0'}`) * scale;
  return { value, half: 0.5 * 10 ** -decimals * scale };
}

/** How many of an input's own unit one of its display unit is (0.01 for a fraction shown in %). */
export function displayScale(q: Quantity): number {
  const shown = displayUnit(q);
  if (shown === q.unit) return 1;
  return unitScale(shown) / unitScale(q.unit);
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** Puts each entry's range on its input; fails (naming file, record and field) on a missing or bad one. */
export function applyRanges(
  files: readonly { name: string; data: FactsFile }[],
  quantities: Record<string, Quantity>,
  fail: Fail,
): void {
  // A model with no `ranges:` list at all (a test's fixture) has no ranges: every input is exact.
  if (!files.some((f) => f.data.ranges)) return;
  const seen = new Set<string>();
  for (const { name, data } of files)
    for (const r of data.ranges ?? []) {
      const q = quantities[r.id];
      if (!q) throw fail(name, 'id', `unknown id "${r.id}"`, r.id);
      if (q.kind !== 'input') throw fail(name, 'id', `"${r.id}" is derived; its range is computed`, r.id);
      if (seen.has(r.id)) throw fail(name, 'id', 'a second range for this input', r.id);
      if (q.options) throw fail(name, 'id', 'a switch (options) is held fixed; give it no range', r.id);
      seen.add(r.id);
      const k = displayScale(q);
      let low: number;
      let high: number;
      let basis: RangeBasis;
      if ('stated' in r) {
        const p = statedPrecision(r.stated);
        if (!p)
          throw fail(name, 'stated', `"${r.stated}" is not a figure as written (e.g. "51", "90.0", "3.4T")`, r.id);
        if (!close(p.value * k, q.value))
          throw fail(
            name,
            'stated',
            `"${r.stated}" reads as ${p.value} ${displayUnit(q)}, but the input's value is ${q.value / k}`,
            r.id,
          );
        [low, high] = [(p.value - p.half) * k, (p.value + p.half) * k];
        basis = { kind: 'stated', text: r.stated };
      } else if ('low' in r) {
        [low, high] = [r.low * k, r.high * k];
        if (!(low <= q.value && q.value <= high))
          throw fail(name, 'low', `the range ${r.low}–${r.high} does not hold the input's value`, r.id);
        basis = { kind: 'reading', text: r.reading };
      } else {
        [low, high] = [q.value, q.value];
        basis = 'exact' in r ? { kind: 'exact', text: r.exact } : { kind: 'fixed', text: r.fixed };
      }
      const input = q as Input;
      input.range = [low, high];
      input.range_basis = basis;
    }
  for (const q of Object.values(quantities)) {
    if (q.kind !== 'input' || q.range) continue;
    if (q.options) {
      q.range = [q.value, q.value];
      q.range_basis = { kind: 'switch', text: 'a switch between readings, held at the one chosen' };
      continue;
    }
    throw fail(
      q.file,
      'range',
      'no range: add an entry to a `ranges:` list (content/facts/ranges.yaml) with `stated`, `exact`, `fixed`, or `low`/`high` and a `reading`',
      q.id,
    );
  }
}
