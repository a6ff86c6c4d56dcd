/**
 * Runs `fn` while the page is idle, at the latest after `timeout` ms; where the browser has no
 * `requestIdleCallback`, after `fallback` ms. For work done ahead of a reader's first edit.
 */
export function whenIdle(fn: () => void, { timeout, fallback }: { timeout: number; fallback: number }): void {
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout });
  else setTimeout(fn, fallback);
}
