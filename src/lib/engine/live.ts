/**
 * Which quantities the live page can show: the browser's program and the page's model carry
 * these and no others. Every quantity is live except the comparison topic's (`compare.*`), whose
 * values are computed per run at build time and shown on a static page that never loads the
 * engine. The set is closed under dependencies, so the browser can compute all of it.
 */
import type { Model } from './model';
import { reachable } from './reachable';

/** The quantities of the comparison topic start with this; a run may state only those. */
export const COMPARE_PREFIX = 'compare.';

/** Whether the live page never shows a quantity: it is computed at build time only. */
export const buildOnly = (id: string): boolean => id.startsWith(COMPARE_PREFIX);

/** The ids of every quantity a live page can show, with everything they depend on. */
export function liveIds(model: Model, deps: Readonly<Record<string, string[]>>): Set<string> {
  const shown = Object.keys(model.quantities).filter((id) => !buildOnly(id));
  return new Set([...shown, ...reachable(deps as Record<string, string[]>, shown)]);
}
