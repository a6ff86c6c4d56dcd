/** Writes recomputed values into the page's static numbers (everything outside calculator islands). */
import type { QuantityText } from './store';
import { barWidths } from '../lib/present/chart';

let index: Map<string, HTMLElement[]> | undefined;

/** The page's static numbers by quantity id, collected once. */
function numbers(): Map<string, HTMLElement[]> {
  if (!index) {
    index = new Map();
    for (const el of document.querySelectorAll<HTMLElement>('[data-quantity]:not([data-owner="island"])')) {
      const id = el.dataset['quantity']!;
      const list = index.get(id);
      if (list) list.push(el);
      else index.set(id, [el]);
    }
  }
  return index;
}

/** Rewrites every static number of the given ids, marks the ones that differ from their cited text, resizes chart bars. */
export function renderNumbers(ids: Iterable<string>, texts: Readonly<Record<string, QuantityText>>): void {
  const all = numbers();
  const changed = new Set(ids);
  for (const id of changed) {
    const t = texts[id];
    const els = all.get(id);
    if (!t || !els) continue;
    for (const el of els) {
      el.dataset['value'] = String(t.value);
      const now = 'exact' in el.dataset ? t.exact : t.text;
      const target = el.querySelector('.q-text');
      if (target) target.textContent = now;
      const cited = el.dataset['cited'];
      if (cited !== undefined) {
        const differs = now !== cited;
        el.classList.toggle('is-changed', differs);
        const note = el.querySelector<HTMLElement>('.q-cited');
        if (note) note.hidden = !differs;
      }
    }
  }
  resizeBars(changed, texts);
}

/** Rewrites the "show the work" text of the given derived quantities (outside calculator islands). */
export function renderWork(works: Readonly<Record<string, string>>): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-work]')) {
    const text = works[el.dataset['work']!];
    if (text !== undefined && el.textContent !== text) el.textContent = text;
  }
}

/**
 * Resizes the bars of every chart that shows, or is scaled by, a changed quantity. Sets the
 * `width` attribute (not a style), which a strict Content-Security-Policy allows.
 */
function resizeBars(changed: ReadonlySet<string>, texts: Readonly<Record<string, QuantityText>>): void {
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-bar-chart]')) {
    const scaleId = svg.dataset['barScale'];
    const scaleText = scaleId ? texts[scaleId] : undefined;
    const scaleChanged = scaleId !== undefined && changed.has(scaleId) && scaleText !== undefined;
    if (scaleChanged) svg.dataset['barScaleValue'] = String(scaleText.value);
    const bars = [...svg.querySelectorAll<SVGRectElement>('rect[data-bar]')];
    if (!scaleChanged && !bars.some((b) => changed.has(b.dataset['quantity'] ?? ''))) continue;
    const scale = svg.dataset['barScaleValue'];
    const widths = barWidths(
      bars.map((b) => Number(b.dataset['value'])),
      Number(svg.dataset['barFull']),
      scale === undefined ? undefined : Number(scale),
    );
    bars.forEach((b, i) => b.setAttribute('width', String(widths[i])));
  }
}

/** Shows messages about the scenario (ignored URL parameters) in the page's notice region. */
export function showNotices(messages: string[]): void {
  const region = document.querySelector<HTMLElement>('[data-scenario-notices]');
  if (!region) return;
  region.replaceChildren(
    ...messages.map((m) => {
      const p = document.createElement('p');
      p.textContent = m;
      return p;
    }),
  );
  region.classList.toggle('has-notices', messages.length > 0);
}
