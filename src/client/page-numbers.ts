/**
 * Writes the live page's scenario into every number on the page (inline numbers, their popovers,
 * charts, calculator results, which their island renders once and leaves to this module) and into
 * the "show the work" lines. A number or line inside a closed popover is not written at an edit:
 * its popover is marked stale and brought up to date as it opens, before it shows. An edit so
 * writes what a reader can see, and a popover never shows an old number. It finds numbers by the
 * markup contract of src/lib/present/number-markup.ts, which renders them.
 */
import { NUMBER, SELECTORS } from '../lib/present/number-markup';
import { resizeBars } from './dom';

/** A quantity's current value (in its display unit) and its texts, short and exact. */
export interface QuantityText {
  value: number;
  text: string;
  exact: string;
}

/** What the page shows under the current scenario. */
export interface Shown {
  /** A quantity's value and texts. */
  text(id: string): QuantityText | undefined;
  /** A derived quantity's work with the current values put in. */
  work(id: string): string | undefined;
}

/** A number and the parts of it an edit rewrites, found once. */
interface NumberEl {
  id: string;
  el: Element;
  /** The text node of its value: written with `data`, which replaces no node. */
  text: Text | null;
  /** A calculator result's exact form ("3,760,128 GPU·h"), shown only when it differs from the value. */
  exact: Text | null;
  /**
   * The "(cited: …)" note. A calculator result's is rendered `hidden`, the others' are made at the
   * first change; once the page is live, a style rule shows it exactly when the number is marked
   * changed, so a change is one class to toggle.
   */
  cited: HTMLElement | null;
  /** The text it shows at the cited values; undefined where no change is marked. */
  citedText: string | undefined;
  /** Whether it shows the exact form (a popover's value row) rather than the short one. */
  showsExact: boolean;
  /** Its `data-value`, for the numbers that carry one (a popover's rows show the number's own). */
  value: string | null;
  changed: boolean;
}

/** A "show the work" line. */
interface WorkEl {
  id: string;
  text: Text | null;
}

/** What one popover holds, written when it opens. */
interface PopoverParts {
  numbers: NumberEl[];
  works: WorkEl[];
}

interface Page {
  numbers: Map<string, NumberEl[]>;
  works: Map<string, WorkEl[]>;
  popovers: Map<Element, PopoverParts>;
  /** Where each number or line sits: its popover, or null when always visible. */
  home: Map<NumberEl | WorkEl, Element | null>;
}

let page: Page | undefined;
let latest: Shown | undefined;
/** Popovers on show, and closed ones whose numbers are out of date. */
const open = new Set<Element>();
const stale = new Set<Element>();

/** The text node that holds `box`'s text, made if the element is empty. */
function textOf(box: Element | null): Text | null {
  if (!box) return null;
  if (!(box.firstChild instanceof Text)) box.replaceChildren(document.createTextNode(box.textContent ?? ''));
  return box.firstChild as Text;
}

/** Makes the "(cited: …)" note of a number that the server rendered without one, the first time it changes. */
function citedNote(el: Element, text: string): HTMLElement {
  const note = document.createElement('span');
  note.className = NUMBER.citedNoteClass;
  note.textContent = `(cited: ${text})`;
  el.append(note);
  return note;
}

/** Hands a cited note to the style rule that decides when it is seen (see `NumberEl.cited`), the first time its number changes. */
function unhide(note: HTMLElement | null): void {
  if (note?.hidden) note.hidden = false;
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every number and work line of the page, collected once; listens for popovers opening. */
function collect(): Page {
  const p: Page = { numbers: new Map(), works: new Map(), popovers: new Map(), home: new Map() };
  const partsOf = (popover: Element): PopoverParts => {
    let parts = p.popovers.get(popover);
    if (!parts) p.popovers.set(popover, (parts = { numbers: [], works: [] }));
    return parts;
  };
  for (const el of document.querySelectorAll<HTMLElement | SVGElement>(SELECTORS.number)) {
    const n: NumberEl = {
      id: el.getAttribute(NUMBER.id)!,
      el,
      text: textOf(el.querySelector(SELECTORS.text)),
      exact: textOf(el.querySelector(SELECTORS.exactText)),
      cited: el.querySelector<HTMLElement>(SELECTORS.citedNote),
      citedText: undefined,
      showsExact: el.hasAttribute(NUMBER.exact),
      value: el.getAttribute(NUMBER.value),
      changed: el.classList.contains(NUMBER.changedClass),
    };
    // The static HTML shows the cited text (number-markup.ts: `NUMBER.cited`), and nothing has written it yet.
    if (el.hasAttribute(NUMBER.cited)) n.citedText = n.text?.data;
    const popover = el.closest(SELECTORS.popover);
    add(p.numbers, n.id, n);
    p.home.set(n, popover);
    if (popover) partsOf(popover).numbers.push(n);
  }
  for (const el of document.querySelectorAll<HTMLElement>(SELECTORS.work)) {
    const w: WorkEl = { id: el.getAttribute(NUMBER.work)!, text: textOf(el) };
    const popover = el.closest(SELECTORS.popover);
    add(p.works, w.id, w);
    p.home.set(w, popover);
    if (popover) partsOf(popover).works.push(w);
  }
  // A popover a reader opened before the engine loaded is on show already.
  for (const popover of document.querySelectorAll(':popover-open')) open.add(popover);
  // Toggle events do not bubble; capture sees every popover's.
  document.addEventListener(
    'beforetoggle',
    (e) => {
      const target = e.target as Element;
      if ((e as ToggleEvent).newState !== 'open') {
        open.delete(target);
        return;
      }
      open.add(target);
      if (stale.delete(target)) writePopover(target);
    },
    true,
  );
  // Printing shows every popover's formula and work (print.css): bring them all up to date first.
  addEventListener('beforeprint', () => {
    if (workFrame !== undefined) cancelAnimationFrame(workFrame);
    writeDueWork();
    for (const popover of stale) writePopover(popover);
    stale.clear();
  });
  return p;
}

/** Writes one number from what is shown now. */
function writeNumber(n: NumberEl, t: QuantityText): void {
  const value = String(t.value);
  if (n.value !== null && n.value !== value) n.el.setAttribute(NUMBER.value, (n.value = value));
  const now = n.showsExact ? t.exact : t.text;
  if (n.text && n.text.data !== now) n.text.data = now;
  if (n.exact && n.exact.data !== t.exact) {
    n.exact.data = t.exact;
    const box = n.exact.parentElement as HTMLElement;
    if (box.hidden !== (t.exact === now)) box.hidden = t.exact === now;
  }
  if (n.citedText === undefined) return;
  const differs = now !== n.citedText;
  if (differs === n.changed) return;
  n.changed = differs;
  if (differs) unhide((n.cited ??= citedNote(n.el, n.citedText)));
  n.el.classList.toggle(NUMBER.changedClass, differs);
}

function writeWork(w: WorkEl, shown: Shown): void {
  const now = shown.work(w.id);
  if (now !== undefined && w.text && w.text.data !== now) w.text.data = now;
}

function writePopover(popover: Element): void {
  const parts = page?.popovers.get(popover);
  if (!parts || !latest) return;
  for (const n of parts.numbers) {
    const t = latest.text(n.id);
    if (t) writeNumber(n, t);
  }
  for (const w of parts.works) writeWork(w, latest);
}

/** Whether a part is on show now; a closed popover is marked stale instead. */
function visible(p: Page, part: NumberEl | WorkEl): boolean {
  const popover = p.home.get(part);
  if (!popover || open.has(popover)) return true;
  stale.add(popover);
  return false;
}

/** Derived quantities whose work lines are to be written in the coming frame. */
const workDue = new Set<string>();
let workFrame: number | undefined;

/** Writes the work lines of the quantities recomputed since the last frame. */
function writeDueWork(): void {
  workFrame = undefined;
  const p = page!;
  for (const id of workDue) for (const w of p.works.get(id) ?? []) if (visible(p, w)) writeWork(w, latest!);
  workDue.clear();
}

/** Finds the page's numbers now, while the page is idle, rather than at the first edit. */
export function collectNumbers(): void {
  page ??= collect();
}

/**
 * Writes the numbers of the given ids at once, resizes the chart bars that show them, and writes
 * their work lines in the next animation frame, before it is painted: the numbers come first, and
 * a burst of edits (a dragged slider) writes each work line once a frame, not once an edit.
 */
export function renderNumbers(ids: Iterable<string>, shown: Shown): void {
  const p = (page ??= collect());
  latest = shown;
  const changed = new Set(ids);
  for (const id of changed) {
    const t = shown.text(id);
    if (t) for (const n of p.numbers.get(id) ?? []) if (visible(p, n)) writeNumber(n, t);
    if (p.works.has(id)) workDue.add(id);
  }
  resizeBars(changed, (id) => shown.text(id)?.value);
  if (workDue.size) workFrame ??= requestAnimationFrame(writeDueWork);
}
