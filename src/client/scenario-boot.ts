/**
 * On pages with numbers: loads the scenario summary and citation renderer (`cite.ts`) when the
 * URL carries a scenario or a calculator is used, the moments when the page can differ from the
 * cited values. A page read at its cited values never loads it.
 */
import { hasScenario } from '../lib/scenario-keys';
import { afterPaint } from './after-paint';

export function bootScenario(): void {
  let loaded: Promise<void> | undefined;
  const load = (): Promise<void> => (loaded ??= import('./cite').then((m) => m.startScenario()));
  if (hasScenario(location.search)) void load();
  // At an edit, or a press of a run's button (ApplyRun.astro), once the numbers it changes are
  // painted: the citation can wait a frame.
  let asked = false;
  for (const type of ['input', 'change', 'click'])
    document.addEventListener(type, (e) => {
      if (asked || !(e.target instanceof Element) || !e.target.closest('.calc, [data-apply-run]')) return;
      asked = true;
      void afterPaint().then(load);
    });
}
