/** The `runs` part of `/facts.json`: each run's cited figures, its values and the verdicts on its stated numbers. */
import type { ClaimResult } from '../audit/verdict';
import type { RunResult } from '../runs/evaluate';
import type { RunClaim } from '../runs/model';

/** Runs in order; `values` in each quantity's display unit, as the document's quantities. */
export function runsDocument(
  results: readonly RunResult[],
  claims: readonly RunClaim[],
  verdicts: readonly ClaimResult[],
) {
  return results.map(({ run, inputs, values, notPublished, notes }) => ({
    id: run.id,
    label: run.label,
    cited: run.cited,
    sources: run.sources,
    ...(run.note ? { note: run.note } : {}),
    inputs,
    values,
    not_published: notPublished,
    notes,
    claims: claims.flatMap((c, i) =>
      c.run === run.id
        ? [
            {
              id: c.id,
              source: c.source,
              locator: c.locator,
              statement: c.statement,
              quantity: c.quantity ?? null,
              stated_value: verdicts[i]!.stated ?? null,
              recomputed: verdicts[i]!.recomputed ?? null,
              verdict: verdicts[i]!.verdict,
              explanation: verdicts[i]!.explanation ?? null,
            },
          ]
        : [],
    ),
  }));
}
