/**
 * The sensitivity charts of the live page ("Which input the range hangs on", under each
 * calculator's "Show the work"), redrawn from the current scenario after each applied set of
 * values: each input moved alone across its range (at the sources' precision, the range the reader
 * typed, or none for a value they typed), the others at their current values, shares normalised
 * over the inputs (src/lib/present/sensitivity-view.ts, the build's own code). A chart is the
 * `.calc-sensitivity` after its result's work line (`.calc-explain-item > [data-work]`); its lines
 * are copies of a line the build wrote, so the markup stays the build's. A result whose range had
 * no width at the cited values has no chart, and gets a copy of one when it needs it. A chart in a
 * closed "Show the work" is drawn as it opens. Loaded by ranges.ts after the first edit.
 */
import type { Model } from '../lib/engine/model';
import type { Box, Ranges } from '../lib/engine/ranges';
import { sensitivityChart } from '../lib/present/sensitivity-view';

let works: Map<string, HTMLElement[]> | undefined;
/** A chart as the build wrote it, and one of its lines: what new charts and lines are copied from. */
let template: Element | undefined;
let draw: ((ids: Iterable<string>) => void) | undefined;
/** Ids whose charts sit in a closed "Show the work" and are out of date. */
const dirty = new Set<string>();

function collect(): Map<string, HTMLElement[]> {
  const map = new Map<string, HTMLElement[]>();
  for (const el of document.querySelectorAll<HTMLElement>('.calc-explain-item > [data-work]'))
    map.set(el.dataset['work']!, [...(map.get(el.dataset['work']!) ?? []), el]);
  template = document.querySelector('.calc-sensitivity')?.cloneNode(true) as Element | undefined;
  // `toggle` does not bubble: capture sees every "Show the work" opening.
  document.addEventListener(
    'toggle',
    (e) => {
      const t = e.target;
      if (t instanceof HTMLDetailsElement && t.open && t.matches('.calc-explain'))
        draw?.(
          [...t.querySelectorAll<HTMLElement>('.calc-explain-item > [data-work]')]
            .map((w) => w.dataset['work']!)
            .filter((id) => dirty.has(id)),
        );
    },
    true,
  );
  return map;
}

/** Writes one chart after its work line: its lines, or hidden where the result has no width. */
function write(work: HTMLElement, rows: ReturnType<typeof sensitivityChart>): void {
  let figure = work.nextElementSibling;
  if (!figure?.matches('.calc-sensitivity')) {
    if (!rows.length || !template) return;
    work.after((figure = template.cloneNode(true) as Element));
  }
  (figure as HTMLElement).hidden = !rows.length;
  const key = JSON.stringify(rows);
  // Unchanged lines are left alone (a reader may be selecting their text).
  if (!rows.length || (figure as HTMLElement).dataset['drawn'] === key) return;
  (figure as HTMLElement).dataset['drawn'] = key;
  figure.querySelector('ul')!.replaceChildren(
    ...rows.map((r) => {
      const li = template!.querySelector('li')!.cloneNode(true) as Element;
      li.firstChild!.textContent = r.text;
      li.querySelector('rect')!.setAttribute('width', String(r.width));
      return li;
    }),
  );
}

/** Redraws the charts of the quantities in `changed` for the box of inputs now. Charts in a closed "Show the work" wait until it opens. */
export function writeShares(ranges: Ranges, model: Model, box: Box, changed: ReadonlySet<string>): void {
  works ??= collect();
  draw = (ids) => {
    for (const id of ids) {
      let rows: ReturnType<typeof sensitivityChart> | undefined;
      dirty.delete(id);
      for (const work of works!.get(id) ?? []) {
        if (!work.closest<HTMLDetailsElement>('details')?.open) dirty.add(id);
        else write(work, (rows ??= sensitivityChart(ranges, model, id, box)));
      }
    }
  };
  draw([...works.keys()].filter((id) => changed.has(id)));
}
