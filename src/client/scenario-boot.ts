/**
 * On pages with numbers: loads the scenario summary and citation renderer (`cite.ts`) when the
 * URL carries a scenario or the live page applies values (an edit, a reset, a run's button), the
 * moments when the page can differ from the cited values. A page read at its cited values never
 * loads it.
 */
import { hasScenario } from '../lib/scenario-keys';
import { afterPaint } from './after-paint';
import { VALUES_APPLIED } from './events';

export function bootScenario(): void {
  let loaded: Promise<void> | undefined;
  const load = (): Promise<void> => (loaded ??= import('./cite').then((m) => m.startScenario()));
  if (hasScenario(location.search)) void load();
  // Once the numbers the values change are painted: the citation can wait a frame, and loading it
  // at the keystroke would compete with the runtime's own loading at a reader's first edit.
  addEventListener(VALUES_APPLIED, () => void afterPaint().then(load), { once: true });
}
