/**
 * The markup contract of a number on a page: the one module that writes a number's HTML (inline in
 * prose, a popover's rows, a calculator result, a figure label) and names the attributes and
 * selectors by which the live page's writer (src/client/page-numbers.ts) finds and rewrites it.
 * Q.astro, CalculatorIsland.tsx and BarChart.astro render numbers through it; a figure that shows a
 * number uses `numberAttrs('label', …)` and `numberInner('label', …)` and is then kept up to date.
 * Pure and framework-free: it returns attributes and escaped HTML.
 */

/** The attributes and class names of the contract. */
export const NUMBER = {
  /** Every number carries its quantity id here. */
  id: 'data-quantity',
  /** Its value in its display unit (`String(n)`), on the numbers a script may read. */
  value: 'data-value',
  /**
   * Present (empty) on a number whose change is marked: the text it shows in the static HTML is the
   * one at the cited values, and it is changed while its text differs from that.
   */
  cited: 'data-cited',
  /** Present on a number that shows the exact form (a popover's value row). */
  exact: 'data-exact',
  /** The element holding the number's own text. */
  textClass: 'q-text',
  /** A calculator result's exact form, shown when it differs from the short text. */
  exactText: 'data-exact-text',
  /** The class of the cited note the live page makes beside a changed number. */
  citedNoteClass: 'q-cited',
  /** The class of a number whose text differs from the cited one. */
  changedClass: 'is-changed',
  /** A "show the work" line carries the derived quantity's id here. */
  work: 'data-work',
} as const;

/** Selectors the writer uses; each relative to a number element where it starts with `:scope`. */
export const SELECTORS = {
  number: `[${NUMBER.id}]`,
  text: `.${NUMBER.textClass}`,
  exactText: `:scope > [${NUMBER.exactText}]`,
  /**
   * The "(cited: …)" note: a calculator result's is rendered hidden; an inline number's, a popover
   * row's and a term's is made by the live page the first time the number changes (`citedNoteClass`).
   * A style rule shows it only while the number is changed.
   */
  citedNote: ':scope > .q-cited, :scope > .calc-cited',
  work: `[${NUMBER.work}]`,
  /** A number's home when it is not always visible: its popover, written as it opens. */
  popover: '[popover]',
} as const;

/** The attributes of a calculator's fields, which the live page reads and writes. */
export const FIELD = {
  /** On each control (text field, select, slider): the input id it sets. */
  id: 'data-field',
  /** On the box around a field's label, control and notes. */
  box: 'data-field-box',
  /** On the reset button. */
  reset: 'data-reset',
} as const;

/** Where a number appears. */
export type NumberKind = 'inline' | 'exact' | 'term' | 'result' | 'label';

/** What the markup of a number needs. */
export interface NumberView {
  id: string;
  value: number;
  /** The short text ("3.76 M GPU·h"). */
  text: string;
  /** The exact text ("3,760,128 GPU·h"). */
  exact: string;
}

/** Inline numbers also need their popover's id. */
export interface InlineOptions {
  popover: string;
}

const escapeHtml = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttr = (s: string): string => escapeHtml(s).replaceAll('"', '&quot;');

/** The attributes of a number's element. */
export function numberAttrs(kind: NumberKind, n: NumberView): Record<string, string> {
  const base = { [NUMBER.id]: n.id };
  switch (kind) {
    case 'inline':
      return { class: 'q', ...base, [NUMBER.value]: String(n.value), [NUMBER.cited]: '' };
    case 'exact':
      return { ...base, [NUMBER.exact]: '', [NUMBER.cited]: '' };
    case 'term':
      return { ...base, [NUMBER.cited]: '' };
    case 'result':
      return { ...base, [NUMBER.value]: String(n.value), [NUMBER.cited]: '' };
    case 'label':
      return { ...base, [NUMBER.value]: String(n.value) };
  }
}

/** The hidden "(cited: …)" note; search leaves it out, so an excerpt reads "90 %", not "90 %(cited: 90 %)". */
const cited = (text: string, cls: string) =>
  `<span class="${cls}" hidden data-pagefind-ignore>(cited: ${escapeHtml(text)})</span>`;

/** The inner HTML of a number's element (escaped). An inline number's needs `inline`. */
export function numberInner(kind: NumberKind, n: NumberView, inline?: InlineOptions): string {
  const text = `<span class="${NUMBER.textClass}">${escapeHtml(kind === 'exact' ? n.exact : n.text)}</span>`;
  switch (kind) {
    case 'inline': {
      if (!inline) throw new Error(`numberInner('inline', ${n.id}) needs its popover`);
      // No `title`: the popover names the number and gives its exact value, and a title would go stale after an edit.
      return `<button type="button" class="q-value" popovertarget="${escapeAttr(inline.popover)}">${text}</button>`;
    }
    case 'exact':
    case 'term':
      return text;
    case 'result':
      return (
        // Not live on its own (an <output> is a status region): the page's one region reads a summary.
        `<output class="${NUMBER.textClass}" aria-live="off">${escapeHtml(n.text)}</output>` +
        // The exact form only where it differs; the writer fills the empty one when it comes to differ.
        `<span class="calc-exact" ${NUMBER.exactText}${n.exact === n.text ? ' hidden>' : `>${escapeHtml(n.exact)}`}</span>` +
        cited(n.text, 'calc-cited')
      );
    case 'label':
      return `<tspan class="${NUMBER.textClass}">${escapeHtml(n.text)}</tspan>`;
  }
}
