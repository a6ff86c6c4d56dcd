/** The props of a calculator island, computed at build time from the model and the cited values. */
import type { Engine, Values } from '../engine/evaluate';
import { formatQuantity, unitSymbol } from '../engine/format';
import { displayUnit, type Input } from '../engine/model';
import { citationOf, fieldText } from './quantity';
import { formulaView, type FormulaView } from './formula-view';
import { boundsText } from '../messages';
import { resetLabel } from './reset-message';
import { citedRanges } from '../audit/intervals';
import { boxOf, createRanges } from '../engine/ranges';
import { sensitivity } from '../engine/sensitivity';
import { rangePhrase } from './range-text';

/** One editable input of a calculator. */
export interface FieldProps {
  id: string;
  label: string;
  /** The field's text at the cited value, in the display unit. */
  text: string;
  symbol: string;
  citedText: string;
  assumption: boolean;
  /** The source's author and title ("Glenn K. Lockwood, MAI-1"), and where in it the figure is. */
  sourceName: string;
  locator: string;
  /** How the source's words became the number, where the facts say. */
  reading: string | undefined;
  options: { value: number; label: string }[] | undefined;
  /** The values a reader may give, and this site's reason for the bounds ("From 1 to 10,000,000 GPUs (…)."). */
  bounds: string | undefined;
  /** A slider's range and step in the display unit, where the input has a bounded range. */
  range: { min: number; max: number; step: number } | undefined;
}

/** One result of a calculator. */
export interface ResultProps {
  id: string;
  label: string;
  value: number;
  text: string;
  exact: string;
  /** How a derived result is computed: typeset formula and the work at the cited values. */
  explain: FormulaView | undefined;
  /** Its range at the cited values ("502–518 h at the sources’ precision"), rewritten live (src/client/ranges.ts). */
  range: string;
  /** Each input's share of its range, largest first, at the cited values (sensitivity.ts). */
  shares: { input: string; label: string; share: number }[];
  /** Where the page already has its typeset formula (its number's popover), if it does: see calculator-math.ts. */
  mathFrom?: string;
}

/** A heading in a long calculator: its inputs from `from` on, up to the next group's. */
export interface InputGroup {
  heading: string;
  /** The id of the group's first input. */
  from: string;
}

/** A run of fields under one heading (none for a calculator without groups). */
export interface FieldSection {
  heading: string | undefined;
  fields: FieldProps[];
}

export interface CalculatorProps {
  title: string;
  sections: FieldSection[];
  results: ResultProps[];
  /** A grouped (long) calculator starts with its work closed, so its results stay near its inputs. */
  workOpen: boolean;
  resetLabel: string;
}

/**
 * Builds a calculator's props; throws on an unknown id, an input listed as a result, or groups that
 * do not start at inputs of the calculator, in order, the first at its first input.
 */
export function calculatorProps(
  engine: Engine,
  values: Values,
  title: string,
  inputs: string[],
  outputs: string[],
  groups: readonly InputGroup[] = [],
): CalculatorProps {
  const quantity = (id: string) => {
    const q = engine.model.quantities[id];
    if (!q) throw new Error(`Calculator “${title}”: unknown quantity id "${id}".`);
    return q;
  };
  const fields = inputs.map((id): FieldProps => {
    const q = quantity(id);
    if (q.kind !== 'input') throw new Error(`Calculator “${title}”: "${id}" is derived; list it under outputs.`);
    const c = citationOf(engine.model, q);
    return {
      id,
      label: q.label,
      text: fieldText(q, q.value),
      symbol: unitSymbol(q),
      citedText: formatQuantity(q, values[id]!).text,
      assumption: q.assumption,
      sourceName: `${c.author}, ${c.sourceTitle}`,
      locator: c.locator,
      reading: q.reading,
      bounds: boundsText(q, engine.model),
      options: q.options,
      range: sliderRange(q),
    };
  });
  const ranges = createRanges(engine);
  const box = boxOf(engine.model);
  const results = outputs.map((id): ResultProps => {
    const q = quantity(id);
    return {
      id,
      label: q.label,
      value: values[id]!,
      ...formatQuantity(q, values[id]!),
      explain: formulaView(engine, values, id),
      range: rangePhrase(q, citedRanges(engine)(id)),
      shares: sensitivity(ranges, engine.model, id, box).map((s) => ({ ...s, label: quantity(s.input).label })),
    };
  });
  return {
    title,
    sections: fieldSections(title, fields, groups),
    results,
    workOpen: groups.length === 0,
    resetLabel: resetLabel(fields.length),
  };
}

/** Splits the fields at each group's first input. */
function fieldSections(title: string, fields: FieldProps[], groups: readonly InputGroup[]): FieldSection[] {
  if (groups.length === 0) return [{ heading: undefined, fields }];
  const starts = groups.map((g) => {
    const at = fields.findIndex((f) => f.id === g.from);
    if (at < 0)
      throw new Error(`Calculator “${title}”: group “${g.heading}” starts at "${g.from}", not an input of it.`);
    return at;
  });
  if (starts[0] !== 0)
    throw new Error(`Calculator “${title}”: the first group must start at its first input, "${fields[0]!.id}".`);
  starts.forEach((at, i) => {
    if (i > 0 && at <= starts[i - 1]!)
      throw new Error(`Calculator “${title}”: group “${groups[i]!.heading}” must start after the group before it.`);
  });
  return groups.map((g, i) => ({
    heading: g.heading,
    fields: fields.slice(starts[i], starts[i + 1] ?? fields.length),
  }));
}

/** A slider makes sense for a bounded input shown as a percentage (goodput, shares). */
function sliderRange(q: Input): FieldProps['range'] {
  if (q.options || q.min === undefined || q.max === undefined || displayUnit(q) !== '%') return undefined;
  return { min: q.min * 100, max: q.max * 100, step: 0.1 };
}
