/**
 * Links to numbers, for every page that shows one. Tiny on purpose (no engine): links to other
 * numbers carry the reader's values (the live page keeps them in the query), and a popover's
 * controls ("Copy link", "Cite this number", Close: popover-controls.ts) load as the first one opens.
 */

/** Adds the popovers' controls as they open, and keeps links to numbers on the reader's values. Safe to call twice. */
export function enhanceNumberLinks(): void {
  if (document.documentElement.dataset['numberLinks']) return;
  document.documentElement.dataset['numberLinks'] = '';
  const controls = (popover: HTMLElement) => void import('./popover-controls').then((m) => m.addControls(popover));
  // Toggle events do not bubble: capture sees every popover's. One opened before this ran is on show already.
  document.addEventListener(
    'beforetoggle',
    (e) => {
      if ((e as ToggleEvent).newState === 'open' && e.target instanceof HTMLElement) controls(e.target);
    },
    true,
  );
  document.querySelectorAll<HTMLElement>(':popover-open').forEach(controls);
  // Pointer down, context menu and click all come before the browser reads the link's address.
  for (const type of ['mousedown', 'contextmenu', 'click'])
    document.addEventListener(type, (e) => {
      const link = e.target instanceof Element ? e.target.closest('a[data-scenario-link]') : null;
      if (link instanceof HTMLAnchorElement) link.search = location.search;
    });
}
