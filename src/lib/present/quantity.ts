/** What a page shows of a quantity: its text, its formula, its inputs and their citations. */
import type { Engine, Values } from '../engine/evaluate';
import { atLeastFixed, displaySpec, formatNumber, formatQuantity } from '../engine/format';
import { displayUnit, type Input, type Model, type Quantity } from '../engine/model';
import { termNames } from './formula-names';

/** A cited input as a reader sees it in a footnote or popover. */
export interface CitationView {
  inputId: string;
  label: string;
  sourceId: string;
  sourceTitle: string;
  author: string;
  date: string | undefined;
  url: string | undefined;
  locator: string;
  quote: string | undefined;
  assumption: boolean;
}

/** One term of a formula: a quantity it uses, with its current value. */
export interface TermView {
  id: string;
  /** The term's name in the typeset formula ("overhead hours"). */
  name: string;
  label: string;
  text: string;
  exact: string;
  value: number;
}

/** Everything an inline number or a calculator row needs to render. */
export interface QuantityView {
  id: string;
  kind: Quantity['kind'];
  label: string;
  value: number;
  text: string;
  exact: string;
  /** How the source's words became an input's number ("16K" read as 16,384), where the facts say. */
  reading: string | undefined;
  formula: string | undefined;
  meaning: string | undefined;
  terms: TermView[];
  citations: CitationView[];
}

/** The citation of one input. */
export function citationOf(model: Model, input: Input): CitationView {
  const s = model.sources[input.source]!;
  return {
    inputId: input.id,
    label: input.label,
    sourceId: s.id,
    sourceTitle: s.title,
    author: s.author,
    date: s.date,
    url: s.url,
    locator: input.locator,
    quote: input.quote,
    assumption: input.assumption,
  };
}

/** The view of quantity `id` under `values`. Throws when the id is unknown (a typo in a page fails the build). */
export function quantityView(engine: Engine, values: Values, id: string): QuantityView {
  const q = engine.model.quantities[id];
  if (!q) throw new Error(`Unknown quantity id "${id}". Known ids are listed in /facts.json.`);
  const value = values[id]!;
  const inputs = q.kind === 'input' ? [id] : engine.inputsOf(id);
  const names = termNames([id, ...engine.deps[id]!]);
  return {
    id,
    kind: q.kind,
    label: q.label,
    value,
    ...formatQuantity(q, value),
    reading: q.kind === 'input' ? q.reading : undefined,
    formula: q.kind === 'derived' ? q.formula : undefined,
    meaning: q.kind === 'derived' ? q.meaning : undefined,
    terms: engine.deps[id]!.map((d) => ({
      id: d,
      name: names[d]!,
      label: engine.model.quantities[d]!.label,
      value: values[d]!,
      ...formatQuantity(engine.model.quantities[d]!, values[d]!),
    })),
    citations: inputs.map((i) => citationOf(engine.model, engine.model.quantities[i] as Input)),
  };
}

/** An input's value as the text of its edit field, in its display unit ("90" for 90 %, "30 T" for 30e12). */
export function fieldText(input: Input, value: number): string {
  const n = displayUnit(input) === '%' ? value * 100 : value;
  // Every digit a reader needs to read the value back, and never fewer fraction digits than the
  // quantity's one precision writes elsewhere ("90.0" beside "90.0 %", not "90").
  return atLeastFixed(
    formatNumber(n, { notation: input.format?.notation ?? 'standard', digits: 6 }),
    displaySpec(input, n),
  );
}
