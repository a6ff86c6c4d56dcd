/**
 * The figures' hook on the live page (imported where the page's script starts, LivePage.astro,
 * so that it listens before the runtime can send anything): on a page with figures, at the first
 * VALUES_APPLIED it loads the module that redraws them (figures-draw.ts), so a page ships almost
 * nothing for its figures until a value changes, and loads it once the changed numbers are painted. Every event is handed on in order, as the promise runs its callbacks in order.
 */
import { afterPaint } from './after-paint';
import { VALUES_APPLIED, type ValuesApplied } from './events';

let drawer: Promise<typeof import('./figures-draw')> | undefined;

if (document.querySelector('[data-figure]'))
  addEventListener(VALUES_APPLIED, (e) => {
    const detail = (e as CustomEvent<ValuesApplied>).detail;
    void (drawer ??= afterPaint().then(() => import('./figures-draw'))).then((m) => m.redrawFigures(detail));
  });
