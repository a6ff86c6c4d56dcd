/** Checks for the non-numeric claims of the pretraining topics (names, counts of listed items, labels). */
import type { Check } from './verdict';

export const PRETRAINING_CHECKS: Record<string, Check> = {};
