/** Events the live page sends between its modules, on `window`. */

/** The scenario in the address bar changed (a calculator edit, once typing pauses). */
export const SCENARIO_WRITTEN = 'mai-numbers:scenario-written';

/**
 * The page's values changed (the URL's scenario, an edit, a reset). `detail` is a `ValuesApplied`:
 * figures that redraw from the facts (diagrams) listen for it, so they need no engine of their own.
 */
export const VALUES_APPLIED = 'mai-numbers:values-applied';

/** What `VALUES_APPLIED` carries: every quantity's value in its display unit (as the engine's `Values`), and the ids that changed. */
export interface ValuesApplied {
  values: Readonly<Record<string, number>>;
  changed: readonly string[];
}
