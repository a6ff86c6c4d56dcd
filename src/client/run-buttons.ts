/**
 * The "apply a run's figures" buttons (ApplyRun.astro): shows them, hands a press to the runtime
 * and keeps every button's pressed state on the page's run (after an edit, a reset, a link).
 */
import { VALUES_APPLIED } from './events';
import { afterRuntime, withRuntime } from './loader';
import { announce } from './announce';

/** Shows the buttons and wires them; a page without them does nothing. */
export function bootRunButtons(): void {
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-apply-run]')];
  if (!buttons.length) return;
  for (const g of document.querySelectorAll<HTMLElement>('[data-run-buttons]')) g.hidden = false;
  const sync = (run: string | undefined) =>
    buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset['applyRun'] === run)));
  for (const b of buttons)
    b.addEventListener('click', () => {
      const on = b.getAttribute('aria-pressed') !== 'true';
      withRuntime((r) => {
        r.applyRun(on ? b.dataset['applyRun'] : undefined);
        // Said through the page's one live region (announce.ts), with the edit summary if any.
        announce('run', (on ? b.dataset['applied'] : b.dataset['removed']) ?? '');
      });
    });
  addEventListener(VALUES_APPLIED, () => afterRuntime((r) => sync(r.currentRun())));
}
