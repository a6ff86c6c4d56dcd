/** The named checks that claims may use (`check: <name>` in a claims file), by topic. */
import type { Check } from './verdict';
import { PRETRAINING_CHECKS } from './checks-pretraining';
import { ARCHITECTURE_CHECKS } from './checks-architecture';

export const CHECKS: Record<string, Check> = { ...PRETRAINING_CHECKS, ...ARCHITECTURE_CHECKS };
