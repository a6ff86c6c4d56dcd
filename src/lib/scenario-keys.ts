/**
 * Which URL keys make a scenario: the one list, read by every script that asks whether a page
 * shows a scenario. Kept apart from the parser so that the boot scripts stay a few bytes.
 */

/**
 * URL keys that are part of a scenario without being an input: `run`, a comparison run whose
 * figures the scenario starts from (src/lib/runs/scenario.ts), and `ranges`, the prose toggle of
 * issue 15 (`?ranges=1`). Issues that add a key (an audit sort) list it here.
 */
export const SCENARIO_KEYS: readonly string[] = ['run', 'ranges'];

/** Whether a URL key belongs to the scenario: an input id (`topic.name`, it has a dot) or a listed key. */
export const isScenarioKey = (key: string): boolean => key.includes('.') || SCENARIO_KEYS.includes(key);

/** Whether a query string carries a scenario (`utm_source` and the like do not make one). */
export const hasScenario = (search: string): boolean => [...new URLSearchParams(search).keys()].some(isScenarioKey);
