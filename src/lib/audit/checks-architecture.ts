/** Checks for the non-numeric claims of the architecture topics (names, counts of listed items, labels). */
import type { Check } from './verdict';

export const ARCHITECTURE_CHECKS: Record<string, Check> = {};
