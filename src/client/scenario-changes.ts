/**
 * The "what your edits changed" table's page script. It stays tiny: it listens for the runtime's
 * VALUES_APPLIED (the URL's scenario on load, an edit, a reset) and loads the code that writes
 * the table (`scenario-changes-table`) at the first one, once the changed numbers are painted. Each set of values is rendered in the
 * order it was applied, so none is lost while that code loads.
 */
import { afterPaint } from './after-paint';
import { VALUES_APPLIED, type ValuesApplied } from './events';

/** Starts listening for applied values. */
export function startScenarioChanges(): void {
  let renderer: Promise<(applied: ValuesApplied) => void> | undefined;
  addEventListener(VALUES_APPLIED, (e) => {
    const { detail } = e as CustomEvent<ValuesApplied>;
    renderer ??= afterPaint()
      .then(() => import('./scenario-changes-table'))
      .then((m) => m.tableRenderer());
    void renderer.then((render) => render(detail));
  });
}
