/** Writes recomputed values into the page's static numbers (everything outside calculator islands). */
import type { QuantityText } from './store';

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

/** Rewrites every static number of the given ids; marks the ones that differ from their cited text. */
export function renderNumbers(ids: Iterable<string>, texts: Readonly<Record<string, QuantityText>>): void {
  const all = numbers();
  for (const id of ids) {
    const t = texts[id];
    const els = all.get(id);
    if (!t || !els) continue;
    for (const el of els) {
      el.dataset['value'] = String(t.value);
      const target = el.querySelector('.q-text');
      if (target) target.textContent = 'exact' in el.dataset ? t.exact : t.text;
      const cited = el.dataset['cited'];
      if (cited !== undefined) {
        const changed = t.text !== cited;
        el.classList.toggle('is-changed', changed);
        const note = el.querySelector<HTMLElement>('.q-cited');
        if (note) note.hidden = !changed;
      }
    }
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
