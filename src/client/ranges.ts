/**
 * The live page's ranges: the ranges a reader typed ("85–90 %"; a link's `id=low..high` is read
 * by parseScenario), and every range on the page (`[data-range]`: a popover's and a calculator result's
 * phrase, an inline range in the prose) rewritten from the engine's compiled formulas
 * (src/lib/engine/ranges.ts). A range is computed only where it shows: a closed popover's is
 * written as it opens, an inline range only while ranges show in the prose (`?ranges=1`, or a
 * typed range the number rests on). The sensitivity charts are redrawn from the same box
 * (sensitivity-live.ts). Loaded with the runtime.
 */
import type { Engine } from '../lib/engine/engine';
import type { Input, Model } from '../lib/engine/model';
import { middleOf, parseRange, rangeParam } from '../lib/engine/parse-range';
import { boxOf, createRanges, type Box, type Ranges, type Span } from '../lib/engine/ranges';
import { barWidths } from '../lib/present/chart';
import { fieldText } from '../lib/present/quantity';
import { rangePhrase, rangeText } from '../lib/present/range-text';
import { RANGE } from '../lib/present/range-markup';

/** Whether ranges show in the prose: the toggle (`?ranges=1`) sets an attribute on the root. */
export const rangesShown = (): boolean => document.documentElement.hasAttribute(RANGE.rootAttr);

/** Reader-typed ranges: input id → [low, high] in the input's own unit. */
const spans: Record<string, Span> = {};

/** A typed range read for an input: its middle as the value, or the grammar's refusal; undefined if not a range. */
export function readTypedRange(
  input: Input,
  text: string,
  model: Pick<Model, 'units'>,
): { ok: true; value: number; span: Span } | { ok: false; message: string } | undefined {
  const r = parseRange(input, text, model.units?.[input.unit]);
  if (!r) return undefined;
  if (!r.ok) return { ok: false, message: r.error.message };
  return { ok: true, value: middleOf(input, r.low, r.high), span: [r.low, r.high] };
}

/** Records (or, with undefined, drops) the reader's range for an input. */
export function setSpan(id: string, span: Span | undefined): void {
  if (span && span[0] < span[1]) spans[id] = span;
  else delete spans[id];
}

/** An input's field text: its range where the reader typed one ("85–90"), its value otherwise. */
export const fieldTextOf = (q: Input, value: number): string =>
  spans[q.id] ? `${fieldText(q, spans[q.id]![0])}–${fieldText(q, spans[q.id]![1])}` : fieldText(q, value);

/** A scenario's query with the typed ranges written in, and the prose toggle kept. */
export function withSpans(query: string): string {
  const params = new URLSearchParams(query);
  for (const id of Object.keys(spans).sort()) params.set(id, rangeParam(...spans[id]!));
  if (rangesShown()) params.set(RANGE.param, '1');
  const s = params.toString().replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}

let ranges: Ranges | undefined;
let els: Map<string, HTMLElement[]> | undefined;
let current: { engine: Engine; box: Box } | undefined;
/** Ids whose range elements are out of date (closed popovers, hidden inline ranges). */
const dirty = new Set<string>();

function collect(): Map<string, HTMLElement[]> {
  const map = new Map<string, HTMLElement[]>();
  for (const el of document.querySelectorAll<HTMLElement>(`[${RANGE.attr}]`)) {
    const id = el.getAttribute(RANGE.attr)!;
    map.set(id, [...(map.get(id) ?? []), el]);
  }
  document.addEventListener(
    'beforetoggle',
    (e) => {
      if ((e as ToggleEvent).newState !== 'open') return;
      const opening = e.target as Element;
      const ids = [...opening.querySelectorAll(`[${RANGE.attr}]`)].map((el) => el.getAttribute(RANGE.attr)!);
      // Before it opens, the popover is not `:popover-open` yet: it is written as if it were.
      writeIds(
        ids.filter((id) => dirty.has(id)),
        opening,
      );
    },
    true,
  );
  return map;
}

function writeIds(ids: Iterable<string>, opening?: Element): void {
  if (!current) return;
  const { engine, box } = current;
  ranges ??= createRanges(engine);
  const typedIds = Object.keys(spans);
  for (const id of ids) {
    const list = els!.get(id);
    if (!list) continue;
    const q = engine.model.quantities[id]!;
    const typed = typedIds.some((t) => t === id || engine.inputsOf(id).includes(t));
    let span: Span | undefined;
    dirty.delete(id);
    for (const el of list) {
      const inline = el.hasAttribute(RANGE.inline);
      const popover = el.closest('[popover]');
      if (inline ? !(typed || rangesShown()) : popover && popover !== opening && !popover.matches(':popover-open')) {
        if (inline) el.hidden = true;
        dirty.add(id);
        continue;
      }
      span ??= ranges.range(id, box);
      const short = rangeText(q, span);
      const text = inline ? short && ` (${short})` : rangePhrase(q, span, typed);
      if (el.textContent !== text) el.textContent = text;
      if (inline) el.hidden = !text;
    }
  }
}

let lines: SVGLineElement[] | undefined;

/** Moves the range lines of the bar charts (BarChart.astro) whose bar or scale changed. */
function writeBarRanges(changed: ReadonlySet<string>): void {
  lines ??= [...document.querySelectorAll<SVGLineElement>('line[data-bar-range]')];
  for (const line of lines) {
    const svg = line.closest('svg')!;
    const id = line.getAttribute('data-bar-range')!;
    if (!changed.has(id) && !changed.has(svg.dataset['barScale'] ?? '')) continue;
    const bars = [...svg.querySelectorAll<SVGRectElement>('rect[data-bar]')].map((b) => Number(b.dataset['value']));
    const scale = svg.dataset['barScaleValue'];
    const span = ranges!.range(id, current!.box);
    const [x1, x2] = barWidths([...span], Number(svg.dataset['barFull']), scale ? Number(scale) : Math.max(...bars));
    line.setAttribute('x1', String(x1));
    line.setAttribute('x2', String(x2));
  }
}

/** Rewrites the ranges of the quantities in `changed` (and of all, after the ranges typed change) for the current box. */
export function writeRanges(
  engine: Engine,
  overrides: Readonly<Record<string, number>>,
  changed: Iterable<string>,
): void {
  els ??= collect();
  current = { engine, box: boxOf(engine.model, overrides, spans) };
  ranges ??= createRanges(engine);
  const ids = new Set(changed);
  writeIds(ids);
  writeBarRanges(ids);
  // The sensitivity charts under "Show the work", from the same box: their code loads at the first edit.
  const { box } = current;
  const model = engine.model;
  const r = ranges;
  void import('./sensitivity-live').then((m) => m.writeShares(r, model, box, ids));
}

/** Writes every range on the page now (the prose toggle turned on). */
export const writeAllRanges = (): void => {
  if (els) writeIds([...els.keys()]);
};
