/**
 * Copies the page's shared lists (src/components/PageRefs.astro: the numbers that use the page's
 * numbers, the citations of their inputs) into a popover as it opens, or into every popover before
 * printing. A popover names its entries by position (`data-refs`, src/lib/present/page-refs.ts);
 * without JavaScript it links to the lists at the end of the page instead. No engine needed.
 */

/** Fills the lists of one popover, once. */
function fill(popover: Element): void {
  for (const box of popover.querySelectorAll<HTMLElement>('[data-refs]')) {
    const { refs, refList } = box.dataset;
    if (refs === undefined || box.dataset['refsFilled'] !== undefined) continue;
    const items = refs
      .split(' ')
      .filter(Boolean)
      .map((i) => document.getElementById(`q-ref-${refList}-${i}`))
      .filter((el): el is HTMLElement => el !== null);
    const copies = items.map((li) => {
      const item = document.createElement('span');
      if (refList === 'used') item.setAttribute('role', 'listitem');
      item.append(...[...li.childNodes].map((n) => n.cloneNode(true)));
      return item;
    });
    if (refList === 'used') {
      // The list goes inside the box: a long one's box is a focusable region that scrolls (Q.astro).
      const list = document.createElement('span');
      list.className = 'q-used-items';
      list.setAttribute('role', 'list');
      const key = box.previousElementSibling;
      if (key?.id) list.setAttribute('aria-labelledby', key.id);
      list.append(...copies);
      box.replaceChildren(list);
    } else box.replaceChildren(...copies);
    box.dataset['refsFilled'] = '';
  }
}

/** Listens for popovers opening (toggle events do not bubble: capture sees every one), and for printing. Safe to call twice. */
export function fillRefsOnOpen(): void {
  if (document.documentElement.dataset['popoverRefs'] !== undefined) return;
  document.documentElement.dataset['popoverRefs'] = '';
  document.addEventListener(
    'beforetoggle',
    (e) => {
      if ((e as ToggleEvent).newState === 'open' && e.target instanceof Element) fill(e.target);
    },
    true,
  );
  addEventListener('beforeprint', () => document.querySelectorAll('[popover]').forEach(fill));
  // A popover opened before this script ran (a fast click) is on show already.
  document.querySelectorAll(':popover-open').forEach(fill);
}
