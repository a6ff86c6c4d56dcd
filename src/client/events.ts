/** Events the live page sends between its modules, on `window`. */

/** The scenario in the address bar changed (a calculator edit, once typing pauses). */
export const SCENARIO_WRITTEN = 'mai-numbers:scenario-written';
