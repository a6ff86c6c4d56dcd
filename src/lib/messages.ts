/**
 * What the site says to a reader about the values they give, in their words: every message names
 * an input by its label (never its id), says what happened and, where there is one, suggests a fix.
 * The grammar's own refusals (not a number, too large …) are written by `parseInput`; this module
 * writes the rest: a result that cannot be computed (named by its label and its page), a broken
 * relation between two inputs, the hint for an ambiguous percentage, each input's bounds as the
 * field describes them, and the notices about a link. Pure: no DOM, no engine.
 */
import type { EngineCause } from './engine/engine';
import { formatNumber, formatQuantity } from './engine/format';
import type { Input, Model, Quantity } from './engine/model';
import { isPercentInput, parseInput, spoken } from './engine/parse-input';
import { fieldText } from './present/quantity';

/** A value of `q` (in its own unit) as the page writes it: "90 %", "35 B parameters". */
export function valueText(q: Quantity, v: number): string {
  return formatQuantity(q, q.kind === 'input' && isPercentInput(q) ? v * 100 : v).text;
}

/** Where a quantity is shown: "on this page", or "on the page “Compute of the training run”". */
export function whereText(model: Pick<Model, 'pages'>, id: string, onThisPage: (id: string) => boolean): string {
  if (onThisPage(id)) return 'on this page';
  const i = model.pages?.of[id];
  const title = i === undefined ? undefined : model.pages!.titles[i];
  return title ? `on the page “${title}”` : 'which this page does not show';
}

/** What a failed computation would make of a result. */
const OUTCOME: Readonly<Record<EngineCause, string>> = {
  'division-by-zero': 'would need a division by zero',
  overflow: 'would be too large to compute with',
  'not-a-number': 'would not be a number',
};

/** Why a scenario could not be computed, as the engine says it (see `EngineError`). */
export interface NotComputable {
  /** The quantity that could not be computed. */
  quantity: string;
  failure: EngineCause;
}

/**
 * A value that makes a result impossible to compute: "Goodput of the pre-training run of 0 %
 * cannot be used: Tokens per second, on the page “Compute …”, would need a division by zero."
 * `input` is the value the reader gave (id and value, in its own unit).
 */
export function notComputableMessage(
  model: Pick<Model, 'quantities' | 'pages'>,
  input: { id: string; value: number },
  error: NotComputable,
  onThisPage: (id: string) => boolean,
): string {
  const q = model.quantities[input.id]!;
  const subject = `${q.label} of ${valueText(q, input.value)} cannot be used`;
  if (error.quantity === input.id) return `${subject}: it ${OUTCOME[error.failure]}. ${fixHint(q as Input)}`;
  const result = model.quantities[error.quantity];
  const name = result?.label ?? 'a result';
  return `${subject}: ${name}, ${whereText(model, error.quantity, onThisPage)}, ${OUTCOME[error.failure]}. ${fixHint(q as Input)}`;
}

/** A fix for a value that breaks a computation: one nearer the cited value, which computes. */
const fixHint = (q: Input): string => `Try a value nearer the cited ${valueText(q, q.value)}.`;

const relationsOf = new WeakMap<object, [Input, Input][]>();

/**
 * The inputs that must stay at most another input (`at_most`), as pairs [smaller, larger]. Found
 * once per model's quantities: every edit asks, and a scan of the whole model costs an edit more
 * than the rest of its checks.
 */
export function relations(model: Pick<Model, 'quantities'>): [Input, Input][] {
  let out = relationsOf.get(model.quantities);
  if (out) return out;
  out = [];
  for (const q of Object.values(model.quantities))
    if (q.kind === 'input' && q.at_most && model.quantities[q.at_most]?.kind === 'input')
      out.push([q, model.quantities[q.at_most] as Input]);
  relationsOf.set(model.quantities, out);
  return out;
}

/**
 * Whether giving input `id` the value `value` breaks a relation with another input, whose values
 * `valueOf` gives (in their own units); the message names both by label and suggests a fix.
 */
export function relationMessage(
  model: Pick<Model, 'quantities'>,
  id: string,
  value: number,
  valueOf: (id: string) => number,
): string | undefined {
  for (const [small, large] of relations(model)) {
    if (small.id === id && value > valueOf(large.id))
      return (
        `${small.label} (${valueText(small, value)}) cannot be more than ${large.label} ` +
        `(${valueText(large, valueOf(large.id))}). Did you mean at most ${valueText(small, valueOf(large.id))}, ` +
        `or to raise ${large.label} first?`
      );
    if (large.id === id && value < valueOf(small.id))
      return (
        `${large.label} (${valueText(large, value)}) cannot be less than ${small.label} ` +
        `(${valueText(small, valueOf(small.id))}). Did you mean at least ${valueText(large, valueOf(small.id))}, ` +
        `or to lower ${small.label} first?`
      );
  }
  return undefined;
}

/** The rule of a percentage's field, from its cited value: "In this field, 90 means 90 %." */
export function percentRule(input: Input): string | undefined {
  if (!isPercentInput(input)) return undefined;
  const n = fieldText(input, input.value);
  return `In this field, ${n} means ${n} %.`;
}

/**
 * The hint for an ambiguous percentage: text such as "0.85" in a percentage's field, which means
 * 0.85 % there (and 85 % in a link). Undefined when the text is not such a number.
 */
export function percentHint(input: Input, text: string): string | undefined {
  if (!isPercentInput(input) || !/^\s*(?:0?\.\d+|1(?:\.0*)?)\s*$/.test(text)) return undefined;
  const n = Number(text.trim());
  const meant = parseInput(input, String(n * 100));
  if (n === 0 || !meant.ok) return undefined;
  return `${formatNumber(n, { digits: 6 })} means ${formatNumber(n, { digits: 6 })} % here. Did you mean ${valueText(input, meant.value)}? ${percentRule(input)}`;
}

/**
 * The bounds a reader may give an input, and this site's reason for them, as its field describes
 * them: "From 1 to 10,000,000 GPUs (this site's bound: over 1,000 times the cited value)."
 */
export function boundsText(input: Input, model?: Pick<Model, 'quantities'>): string | undefined {
  if (input.options || input.min === undefined || input.max === undefined) return undefined;
  // "From 1 to 10,000,000 GPUs", but "From 0.1 % to 99.9 %".
  const range = `From ${spoken(input, input.min, 'display', isPercentInput(input))} to ${spoken(input, input.max)}`;
  const reason = input.bound_reason ? ` (this site’s bound: ${input.bound_reason})` : '';
  const other = input.at_most ? model?.quantities[input.at_most] : undefined;
  const relation = other ? `; at most ${other.label}` : '';
  return `${range}${reason}${relation}.`;
}

/** A notice about a link: which parameter, and what was done with it. */
export interface ScenarioNotice {
  param: string;
  message: string;
}

/** A parameter repeated in a link: which value was used. */
export function repeatedNotice(q: Quantity | undefined, param: string, count: number, used: string): string {
  const name = q ? q.label : `“${param}”`;
  return `The link gives ${name} ${count} times; the last value, ${used}, is used.`;
}

/** A link's value that the grammar, a bound or a relation refused. */
export const refusedNotice = (message: string): string => `A value in the link was ignored. ${message}`;
