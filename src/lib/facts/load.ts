/**
 * Validates the facts files into one Model; errors name the file, the record and the field. Pure:
 * it is given each file's text (src/data/facts-files.ts reads them from disk).
 */
import { parse as parseYaml } from 'yaml';
import { boundReasons } from './bound-reasons';
import { formulaIds, topologicalOrder, CycleError } from '../engine/graph';
import { compile } from '../engine/math';
import { toSymbols } from '../engine/graph';
import type { Claim, Input, Derived, Model, Quantity, Source } from '../engine/model';
import { displayUnit } from '../engine/model';
import { describeDimension, hasDimension, isKnownUnit, toValue } from '../engine/units';
import type { MathValue } from '../engine/math';
import { factsFileSchema, type FactsFile } from './schema';
import { checkIds } from './claim-check';
import { FactsError } from './errors';
import { templateIds } from '../audit/claim-text';
import { resolveReferences } from './references';
import { checkNoDuplicateFigures } from './duplicates';
import { applyRanges } from './ranges';

export { FactsError } from './errors';

/** A facts file's name: `*.yaml`, `*.yml` or `*.json`. */
export const isFactsFile = (name: string): boolean => /\.(ya?ml|json)$/.test(name);

/** Parses and validates one file's text; `name` is how errors refer to it (its extension says JSON or YAML). */
export function parseFactsFile(text: string, name: string): { name: string; data: FactsFile } {
  const json = name.endsWith('.json');
  let raw: unknown;
  try {
    raw = json ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new FactsError(
      name,
      '(file)',
      `is not valid ${json ? 'JSON' : 'YAML'}: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  const parsed = factsFileSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [list, index, ...rest] = issue.path;
    const record =
      typeof index === 'number'
        ? ((raw as Record<string, { id?: unknown }[]>)[String(list)]?.[index]?.id as string | undefined)
        : undefined;
    const field = rest.length
      ? rest.join('.')
      : typeof index === 'number'
        ? `${String(list)}[${index}]`
        : issue.path.join('.') || '(top level)';
    throw new FactsError(
      name,
      field || '(record)',
      issue.message,
      record ?? (typeof index === 'number' ? `${String(list)}[${index}]` : undefined),
    );
  }
  // A bound's reason is the comment beside its `max:` (CONTRIBUTING.md), read into the record.
  const reasons = json ? new Map<string, string>() : boundReasons(text);
  for (const i of parsed.data.inputs ?? []) {
    const reason = reasons.get(i.id);
    if (reason) (i as { bound_reason?: string }).bound_reason = reason;
  }
  return { name, data: parsed.data };
}

/** Joins validated files into one Model and checks ids, sources, cycles and dimensions across them. */
export function buildModel(files: { name: string; data: FactsFile }[]): Model {
  const sources: Record<string, Source> = {};
  const quantities: Record<string, Quantity> = {};
  const claims: Record<string, Claim> = {};
  const seen = new Map<string, string>();
  const claim = (id: string, file: string) => {
    const first = seen.get(id);
    if (first) throw new FactsError(file, 'id', `duplicate id (first defined in ${first})`, id);
    seen.set(id, file);
  };

  for (const { name, data } of files) {
    for (const s of data.sources ?? []) {
      claim(`source:${s.id}`, name);
      sources[s.id] = s as Source;
    }
  }
  const aliases: Record<string, string> = {};
  const quantityAliases = (q: { id: string; aliases?: string[] | undefined }, file: string) => {
    for (const alias of q.aliases ?? []) {
      claim(alias, file);
      aliases[alias] = q.id;
    }
  };
  for (const { name, data } of files) {
    for (const i of data.inputs ?? []) {
      claim(i.id, name);
      quantityAliases(i, name);
      quantities[i.id] = { ...i, kind: 'input', file: name } as unknown as Input;
    }
    for (const d of data.derived ?? []) {
      claim(d.id, name);
      quantityAliases(d, name);
      quantities[d.id] = { ...d, kind: 'derived', file: name } as Derived;
    }
    for (const c of data.claims ?? []) {
      claim(c.id, name);
      claims[c.id] = { ...c, file: name } as Claim;
    }
  }
  for (const c of Object.values(claims)) {
    if (!sources[c.source]) throw new FactsError(c.file, 'source', `unknown source "${c.source}"`, c.id);
    if (c.quantity && !quantities[c.quantity])
      throw new FactsError(c.file, 'quantity', `unknown id "${c.quantity}"`, c.id);
    for (const id of c.check ? checkIds(c.check) : [])
      if (!quantities[id]) throw new FactsError(c.file, 'check', `unknown id "${id}"`, c.id);
    for (const field of ['reasoning', 'explanation', 'uncheckable'] as const) {
      let named: string[];
      try {
        named = templateIds(c[field] ?? '');
      } catch (e) {
        throw new FactsError(c.file, field, `a {= formula} does not parse: ${(e as Error).message}`, c.id);
      }
      for (const id of named) if (!quantities[id]) throw new FactsError(c.file, field, `unknown id "${id}"`, c.id);
    }
    for (const alias of c.aliases ?? []) claim(alias, c.file);
  }

  const deps: Record<string, string[]> = {};
  for (const q of Object.values(quantities)) {
    for (const [field, u] of [
      ['unit', q.unit],
      ['display_unit', displayUnit(q)],
    ] as const)
      if (!isKnownUnit(u)) throw new FactsError(q.file, field, `unknown unit "${u}"`, q.id);
  }
  resolveReferences(quantities);
  for (const q of Object.values(quantities)) {
    for (const [field, u] of [
      ['unit', q.unit],
      ['display_unit', displayUnit(q)],
    ] as const)
      if (!isKnownUnit(u)) throw new FactsError(q.file, field, `unknown unit "${u}"`, q.id);
    if (q.kind === 'input') {
      if (!sources[q.source]) throw new FactsError(q.file, 'source', `unknown source "${q.source}"`, q.id);
      if (q.at_most !== undefined) checkAtMost(q, quantities[q.at_most]);
      deps[q.id] = [];
      continue;
    }
    let ids: string[];
    try {
      ids = formulaIds(q.formula);
    } catch (e) {
      throw new FactsError(q.file, 'formula', `does not parse: ${(e as Error).message}`, q.id);
    }
    for (const id of ids) if (!quantities[id]) throw new FactsError(q.file, 'formula', `unknown id "${id}"`, q.id);
    deps[q.id] = ids;
  }

  let order: string[];
  try {
    order = topologicalOrder(deps);
  } catch (e) {
    if (!(e instanceof CycleError)) throw e;
    const q = quantities[e.path[0]!]!;
    throw new FactsError(q.file, 'formula', e.message, q.id);
  }

  checkDimensions(order, quantities);
  checkNoDuplicateFigures(quantities, sources);
  applyRanges(files, quantities, (file, field, detail, id) => new FactsError(file, field, detail, id));
  return { sources, quantities, claims, aliases };
}

/** An input's `at_most` names another input of the same unit, and the cited values keep the relation. */
function checkAtMost(q: Input, other: Quantity | undefined): void {
  const fail = (detail: string) => new FactsError(q.file, 'at_most', detail, q.id);
  if (!other) throw fail(`unknown id "${q.at_most}"`);
  if (other.kind !== 'input') throw fail(`"${other.id}" is derived; a relation compares two inputs`);
  if (other.unit !== q.unit) throw fail(`"${other.id}" is in ${other.unit}, not ${q.unit}`);
  if (q.value > other.value) throw fail(`the cited value is more than the cited value of "${other.id}"`);
}

/** Evaluates every formula once at the cited values, so a unit mismatch fails the build. */
function checkDimensions(order: string[], quantities: Record<string, Quantity>): void {
  const scope: Record<string, MathValue> = {};
  for (const id of order) {
    const q = quantities[id]!;
    let v: MathValue;
    if (q.kind === 'input') v = toValue(q.value, q.unit);
    else {
      try {
        v = compile(toSymbols(q.formula)).evaluate(scope) as MathValue;
      } catch (e) {
        throw new FactsError(q.file, 'formula', `cannot be evaluated: ${(e as Error).message}`, q.id);
      }
      if (!hasDimension(v, q.unit))
        throw new FactsError(
          q.file,
          'unit',
          `the formula gives ${describeDimension(v)}, but the declared unit is "${q.unit}"`,
          q.id,
        );
    }
    if (!hasDimension(v, displayUnit(q)))
      throw new FactsError(
        q.file,
        'display_unit',
        `"${displayUnit(q)}" does not have the dimension of "${q.unit}"`,
        q.id,
      );
    scope[id.replaceAll('.', '__')] = v;
  }
}
