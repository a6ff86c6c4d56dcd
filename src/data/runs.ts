/** The comparison runs, loaded, evaluated and audited once per build. */
import { loadRuns } from './facts-files';
import { createEngine } from './program';
import { evaluateRun } from '../lib/runs/evaluate';
import { auditRunClaims } from '../lib/runs/claims';
import { pageRuns } from '../lib/runs/apply';
import { FACTS_DIR, model } from './facts';

const loaded = loadRuns(FACTS_DIR, model);

/** Every run's figures, values and cell notes, in the order of runs.yaml. */
export const runResults = loaded.runs.map((r) => evaluateRun(model, r, createEngine));
/** The runs' stated numbers. */
export const runClaims = loaded.claims;
/** Their verdicts, by the audit's rule. */
export const runClaimResults = auditRunClaims(model, runClaims, runResults);
/** The runs a calculator can bring in, as the live page reads them (`#mai-runs`). */
export const liveRuns = pageRuns(model, loaded.runs);
/** The label of the cited run (MAI-Base-1), whose figures are the facts' own. */
export const citedRunLabel = loaded.runs.find((r) => r.cited)?.label ?? '';
