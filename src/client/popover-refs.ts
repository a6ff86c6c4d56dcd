/**
 * Copies the page's shared lists (src/components/PageRefs.astro: the numbers that use the page's
 * numbers, the citations of their inputs) into a popover as it opens, or into every popover before
 * printing. A popover names its entries by position (`data-refs`, src/lib/present/page-refs.ts);
 * without JavaScript it links to the lists at the end of the page instead. No engine needed.
 */

/** From this many entries on, a "Used by" list scrolls in a box of its own. */
const LONG_LIST = 7;

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
      // The list goes inside the box; a long one's box scrolls, and a box that scrolls must take
      // keyboard focus, as a region named by the list's heading.
      const list = document.createElement('span');
      list.className = 'q-used-items';
      list.setAttribute('role', 'list');
      const key = box.previousElementSibling;
      if (key?.id) list.setAttribute('aria-labelledby', key.id);
      list.append(...copies);
      box.replaceChildren(list);
      if (copies.length >= LONG_LIST) {
        box.dataset['long'] = '';
        box.setAttribute('role', 'region');
        box.tabIndex = 0;
        if (key?.id) box.setAttribute('aria-labelledby', key.id);
      }
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

/**
 * Copies a calculator result's typeset formula from its number's popover (src/lib/present/calculator-math.ts)
 * into the work, in place of the link to the number, when the work is first open, or before printing.
 */
function fillMath(root: ParentNode): void {
  for (const p of root.querySelectorAll<HTMLElement>('[data-math-from]')) {
    const math = document.getElementById(p.dataset['mathFrom']!)?.querySelector('.q-math math');
    if (!math) continue;
    // A wide formula scrolls sideways; a box that scrolls takes focus, and is then a named region.
    const box = document.createElement('section');
    box.className = 'calc-math';
    box.tabIndex = 0;
    box.setAttribute('aria-label', p.dataset['mathLabel'] ?? '');
    box.append(math.cloneNode(true));
    p.replaceWith(box);
  }
}

/** Fills the typeset formulas of every calculator's work as it opens (open already, or later), and before printing. Safe to call twice. */
export function fillMathOnOpen(): void {
  if (document.documentElement.dataset['calcMath'] !== undefined) return;
  document.documentElement.dataset['calcMath'] = '';
  document.querySelectorAll('details[open]').forEach(fillMath);
  // Toggle events do not bubble; capture sees every <details>'.
  document.addEventListener(
    'toggle',
    (e) => {
      if (e.target instanceof HTMLDetailsElement && e.target.open) fillMath(e.target);
    },
    true,
  );
  addEventListener('beforeprint', () => fillMath(document));
}
