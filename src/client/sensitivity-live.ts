/**
 * The sensitivity charts of the live page ("Which input the range hangs on", under each
 * calculator's "Show the work"), redrawn from the current scenario after each applied set of
 * values: each input moved alone across its range (its range at the sources' precision, the range
 * the reader typed, or none for a value they typed), the others at their current values, shares
 * normalised over the inputs (src/lib/present/sensitivity-view.ts, the build's own code). A chart
 * is the `.calc-sensitivity` after its result's work line (`.calc-explain-item > [data-work]`); a
 * result whose range had no width at the cited values has none, and gets one when it needs it. A
 * chart in a closed "Show the work" is drawn as it opens. Called by ranges.ts.
 */
import type { Model } from '../lib/engine/model';
import type { Box, Ranges } from '../lib/engine/ranges';
import {
  SENSITIVITY_CAPTION,
  SENSITIVITY_CHART as C,
  sensitivityChart,
  sensitivityNote,
  type ShareRow,
} from '../lib/present/sensitivity-view';

const SVG = 'http://www.w3.org/2000/svg';

interface State {
  ranges: Ranges;
  model: Model;
  box: Box;
  edited: (input: string) => boolean;
}

let works: Map<string, HTMLElement[]> | undefined;
let state: State | undefined;
/** Ids whose charts sit in a closed "Show the work" and are out of date. */
const dirty = new Set<string>();

function collect(): Map<string, HTMLElement[]> {
  const map = new Map<string, HTMLElement[]>();
  for (const el of document.querySelectorAll<HTMLElement>('.calc-explain-item > [data-work]')) {
    const id = el.dataset['work']!;
    map.set(id, [...(map.get(id) ?? []), el]);
  }
  // `toggle` does not bubble: capture sees every "Show the work" opening.
  document.addEventListener(
    'toggle',
    (e) => {
      const details = e.target;
      if (!(details instanceof HTMLDetailsElement) || !details.open || !details.matches('.calc-explain')) return;
      const ids = [...details.querySelectorAll<HTMLElement>('.calc-explain-item > [data-work]')].map(
        (el) => el.dataset['work']!,
      );
      draw(ids.filter((id) => dirty.has(id)));
    },
    true,
  );
  return map;
}

function row(r: ShareRow): HTMLLIElement {
  const li = document.createElement('li');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${C.width} ${C.bar}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const rect = document.createElementNS(SVG, 'rect');
  const attrs: [string, string][] = [
    ['class', 'bar'],
    ['x', '0'],
    ['y', '0'],
    ['height', String(C.bar)],
    ['width', String(r.width)],
  ];
  for (const [k, v] of attrs) rect.setAttribute(k, v);
  svg.append(rect);
  li.append(r.text, svg);
  return li;
}

/** Writes one chart after its work line: its lines, or hidden where the result has no width. */
function write(work: HTMLElement, rows: ShareRow[], edited: boolean): void {
  let figure = work.nextElementSibling instanceof HTMLElement ? work.nextElementSibling : null;
  if (!figure?.matches('.calc-sensitivity')) {
    if (rows.length === 0) return;
    figure = document.createElement('figure');
    figure.className = 'calc-sensitivity';
    work.after(figure);
  }
  figure.hidden = rows.length === 0;
  if (rows.length === 0) return;
  // Unchanged lines are left alone (a reader may be selecting their text).
  const key = JSON.stringify([rows.map((r) => [r.text, r.width]), edited]);
  if (figure.dataset['drawn'] === key) return;
  figure.dataset['drawn'] = key;
  const caption = document.createElement('figcaption');
  caption.textContent = SENSITIVITY_CAPTION;
  const list = document.createElement('ul');
  list.append(...rows.map(row));
  const note = document.createElement('p');
  note.className = 'calc-sensitivity-note';
  note.textContent = sensitivityNote(edited);
  figure.replaceChildren(caption, list, note);
}

function draw(ids: Iterable<string>): void {
  if (!state) return;
  const { ranges, model, box, edited } = state;
  for (const id of ids) {
    const list = works!.get(id);
    if (!list) continue;
    dirty.delete(id);
    let chart: ReturnType<typeof sensitivityChart> | undefined;
    for (const work of list) {
      if (!work.closest<HTMLDetailsElement>('details.calc-explain')?.open) {
        dirty.add(id);
        continue;
      }
      chart ??= sensitivityChart(ranges, model, id, box, edited);
      write(work, chart.rows, chart.edited);
    }
  }
}

/**
 * Redraws the charts of the quantities in `changed` for the box of inputs now (`edited` says
 * which inputs hold a reader's value or range). Charts in a closed "Show the work" wait until it opens.
 */
export function writeShares(
  ranges: Ranges,
  model: Model,
  box: Box,
  edited: (input: string) => boolean,
  changed: ReadonlySet<string>,
): void {
  works ??= collect();
  state = { ranges, model, box, edited };
  draw([...works.keys()].filter((id) => changed.has(id)));
}
