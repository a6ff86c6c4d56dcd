/** Checks the comparison runs and their claims of the facts files against the model; errors name the file and the field. */
import type { Input, Model } from '../engine/model';
import { hasDimension, toValue, unitScale } from '../engine/units';
import { COMPARE_PREFIX, isRunFigure, type Run, type RunClaim, type RunInput } from '../runs/model';
import { FactsError } from './errors';
import type { RunInputRecord, RunRecord } from './runs-schema';
import type { FactsFile } from './schema';

/** Checks runs and run claims across files: ids, sources, figures, units, and one cited run. */
export function buildRuns(
  files: { name: string; data: FactsFile }[],
  model: Model,
): { runs: Run[]; claims: RunClaim[] } {
  const runs: Run[] = [];
  for (const { name, data } of files)
    for (const r of data.runs ?? []) {
      if (runs.some((o) => o.id === r.id)) throw new FactsError(name, 'id', 'duplicate run id', r.id);
      runs.push(toRun(r, name, model));
    }
  const cited = runs.filter((r) => r.cited);
  if (runs.length && cited.length !== 1)
    throw new FactsError(
      runs[0]!.file,
      'cited',
      `exactly one run must be the cited scenario (found ${cited.length})`,
      runs[0]!.id,
    );

  const claims: RunClaim[] = [];
  const seen = new Set(Object.keys(model.claims ?? {}));
  for (const { name, data } of files)
    for (const group of data.run_claims ?? []) {
      if (!runs.some((r) => r.id === group.run))
        throw new FactsError(name, 'run', `unknown run "${group.run}"`, group.run);
      for (const c of group.claims) {
        if (seen.has(c.id)) throw new FactsError(name, 'id', 'duplicate claim id', c.id);
        seen.add(c.id);
        if (!model.sources[c.source]) throw new FactsError(name, 'source', `unknown source "${c.source}"`, c.id);
        if (c.quantity && !c.quantity.startsWith(COMPARE_PREFIX))
          throw new FactsError(name, 'quantity', `a run claim names a comparison quantity (${COMPARE_PREFIX}*)`, c.id);
        if (c.quantity && !model.quantities[c.quantity])
          throw new FactsError(name, 'quantity', `unknown id "${c.quantity}"`, c.id);
        claims.push({ ...c, file: name, run: group.run } as RunClaim);
      }
    }
  return { runs, claims };
}

function toRun(r: RunRecord, file: string, model: Model): Run {
  for (const s of r.sources)
    if (!model.sources[s]) throw new FactsError(file, 'sources', `unknown source "${s}"`, r.id);
  const inputs: Record<string, RunInput> = {};
  for (const [id, i] of Object.entries(r.inputs)) inputs[id] = toInput(id, i, file, r.id, model);
  for (const id of Object.keys(r.conventions))
    if (!isRunFigure(model, id))
      throw new FactsError(file, `conventions.${id}`, 'not a figure a run states (see comparison.yaml)', r.id);
  for (const i of Object.values(inputs))
    if (i.assumption && !r.conventions[i.id])
      throw new FactsError(file, `conventions.${i.id}`, 'an assumption must be noted in the cells it reaches', r.id);
  return { ...r, inputs, file } as Run;
}

function toInput(id: string, i: RunInputRecord, file: string, run: string, model: Model): RunInput {
  const field = `inputs.${id}`;
  const target = model.quantities[id];
  if (!target) throw new FactsError(file, field, `unknown id "${id}"`, run);
  if (!isRunFigure(model, id))
    throw new FactsError(
      file,
      field,
      'a run states only the figures the comparison is computed from (the first group of comparison.yaml)',
      run,
    );
  if (i.from === undefined) {
    if (!model.sources[i.source!]) throw new FactsError(file, `${field}.source`, `unknown source "${i.source}"`, run);
    return { ...i, id, value: i.value!, source: i.source!, locator: i.locator! };
  }
  const from = model.quantities[i.from];
  if (!from || from.kind !== 'input')
    throw new FactsError(file, `${field}.from`, `"${i.from}" is not one of the site's inputs`, run);
  if (!hasDimension(toValue(1, from.unit), target.unit))
    throw new FactsError(file, `${field}.from`, `"${i.from}" is in ${from.unit}, not in ${target.unit}`, run);
  const input = from as Input;
  return {
    ...i,
    id,
    value: (input.value * unitScale(input.unit)) / unitScale(target.unit),
    source: input.source,
    locator: input.locator,
    ...(input.quote ? { quote: input.quote } : {}),
  };
}
