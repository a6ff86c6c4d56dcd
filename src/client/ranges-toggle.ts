/**
 * The prose toggle: "Show ranges in the text" writes every number's range beside it, site-wide,
 * kept in the URL as `?ranges=1` (so a link and the next page keep it). Tiny, in the boot chunk:
 * the inline ranges are static HTML at the cited values; the runtime, if loaded, brings them up
 * to date with the reader's values.
 */
import { RANGE } from '../lib/present/range-markup';
import { afterRuntime } from './loader';

const TOGGLE = '[data-ranges-toggle]';

function apply(on: boolean): void {
  document.documentElement.toggleAttribute(RANGE.rootAttr, on);
  for (const b of document.querySelectorAll(TOGGLE)) b.setAttribute('aria-pressed', String(on));
}

export function bootRangesToggle(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-ranges-toggle-box]')) box.hidden = false;
  apply(new URLSearchParams(location.search).get(RANGE.param) === '1');
  document.addEventListener('click', (e) => {
    if (!(e.target instanceof Element && e.target.closest(TOGGLE))) return;
    const on = !document.documentElement.hasAttribute(RANGE.rootAttr);
    apply(on);
    const url = new URL(location.href);
    if (on) url.searchParams.set(RANGE.param, '1');
    else url.searchParams.delete(RANGE.param);
    history.replaceState(history.state, '', `${url.pathname}${url.search.replaceAll('%2C', ',')}${url.hash}`);
    afterRuntime((r) => r.refreshRanges());
  });
  // Links to other pages of the site keep the toggle.
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!(a instanceof HTMLAnchorElement) || !document.documentElement.hasAttribute(RANGE.rootAttr)) return;
    if (a.origin !== location.origin || a.href.includes(`${RANGE.param}=`)) return;
    a.search = a.search ? `${a.search}&${RANGE.param}=1` : `?${RANGE.param}=1`;
  });
}
