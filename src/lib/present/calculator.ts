/** The props of a calculator island, computed at build time from the model and the cited values. */
import type { Engine, Values } from '../engine/evaluate';
import { formatQuantity, unitSymbol } from '../engine/format';
import { displayUnit, type Input } from '../engine/model';
import { citationOf, fieldText } from './quantity';
import { formulaView, type FormulaView } from './formula-view';
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
  source: string;
  /** How the source's words became the number, where the facts say. */
  reading: string | undefined;
  options: { value: number; label: string }[] | undefined;
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
}

export interface CalculatorProps {
  title: string;
  fields: FieldProps[];
  results: ResultProps[];
}

/** Builds a calculator's props; throws on an unknown id, or an input listed as a result. */
export function calculatorProps(
  engine: Engine,
  values: Values,
  title: string,
  inputs: string[],
  outputs: string[],
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
      source: `${c.author}, ${c.sourceTitle}, ${c.locator}`,
      reading: q.reading,
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
      range: rangePhrase(q, citedRanges(engine.model)(id)),
      shares: sensitivity(ranges, engine.model, id, box).map((s) => ({ ...s, label: quantity(s.input).label })),
    };
  });
  return { title, fields, results };
}

/** A slider makes sense for a bounded input shown as a percentage (goodput, shares). */
function sliderRange(q: Input): FieldProps['range'] {
  if (q.options || q.min === undefined || q.max === undefined || displayUnit(q) !== '%') return undefined;
  return { min: q.min * 100, max: q.max * 100, step: 0.1 };
}
