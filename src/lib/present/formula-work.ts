/**
 * "Show the work": a derived quantity's formula with the current values put in, with their
 * units, and its result: "51 h / (1 − 90 %) = 510 h". Pure; the build and the live page share it.
 * The formula's text was written once at build time in math notation, with a slot for each term
 * and a mark for each branch (src/lib/engine/work-template.ts), so no mathjs is needed here: an
 * edit only writes numbers in and keeps the branch that was taken.
 */
import type { Engine, Values } from '../engine/engine';
import { formatQuantity } from '../engine/format';
import type { Quantity } from '../engine/model';
import { BRANCH, INNERMOST_BRANCH, SLOT } from '../engine/program';

/**
 * A term of the work: the quantity's own text ("90 %", "8,192 GPUs", "3.76 M GPU·h"), so that a
 * number reads the same in a work line as everywhere else on the site.
 */
export function termText(q: Quantity, n: number): string {
  const { text } = formatQuantity(q, n);
  // A ratio written "1.38 ×" is a plain factor inside a product: "15,000 GPUs × 6", not "× 6 ×".
  return q.symbol === '×' ? text.replace(/ ×$/, '') : text;
}

type Program = Pick<Engine, 'model' | 'program'>;

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  larger: (a, b) => a > b,
  smaller: (a, b) => a < b,
  largerEq: (a, b) => a >= b,
  smallerEq: (a, b) => a <= b,
  equal: (a, b) => a === b,
  unequal: (a, b) => a !== b,
};

/**
 * Keeps the taken branch of every branch mark of `text` (innermost first). Returns the text and
 * the inputs a test read that offer named options, so that the line can name the chosen one.
 */
function takeBranches(
  engine: Program,
  values: Values,
  text: string,
  terms: readonly number[],
): { text: string; chosen: Quantity[] } {
  const { order, scaleOut } = engine.program;
  const chosen = new Set<Quantity>();
  // A test compares base-unit values, as the compiled formula does.
  const operand = (part: string): number => {
    if (part.startsWith(BRANCH.number)) return Number(part.slice(1));
    const position = terms[Number(part.slice(1, -1))]!;
    const q = engine.model.quantities[order[position]!]!;
    if (q.kind === 'input' && q.options) chosen.add(q);
    return values[q.id]! * scaleOut[position]!;
  };
  let m: RegExpExecArray | null;
  while ((m = INNERMOST_BRANCH.exec(text))) {
    const [a, op, b] = m[1]!.split(BRANCH.part) as [string, string, string];
    const taken = COMPARE[op]!(operand(a), operand(b)) ? m[2]! : m[3]!;
    text = text.slice(0, m.index) + taken + text.slice(m.index + m[0].length);
  }
  return { text, chosen: [...chosen] };
}

/** A negative number after an operator is parenthesised: "2 × (−5 h)", not "2 × −5 h". */
const AFTER_OPERATOR = /[×/+−]\s*$|[⁰¹²³⁴⁵⁶⁷⁸⁹]$/;

/**
 * The work of derived quantity `id` under `values`; undefined for an input (it has none).
 * `termTexts` may carry the terms already written for these values, so that a term shared by many
 * formulas is formatted once per scenario.
 */
export function showWork(
  engine: Program,
  values: Values,
  id: string,
  termTexts: Map<string, string> = new Map(),
): string | undefined {
  const model = engine.model;
  const q = model.quantities[id];
  const template = engine.program.work[id];
  if (q?.kind !== 'derived' || !template) return undefined;
  const [raw, terms] = template;
  const { text, chosen } = raw.includes(BRANCH.open)
    ? takeBranches(engine, values, raw, terms)
    : { text: raw, chosen: [] };
  const work = text.replace(SLOT, (_, i: string, at: number, whole: string) => {
    const ref = model.quantities[engine.program.order[terms[Number(i)]!]!]!;
    let t = termTexts.get(ref.id);
    if (t === undefined) termTexts.set(ref.id, (t = termText(ref, values[ref.id]!)));
    return t.startsWith('−') && AFTER_OPERATOR.test(whole.slice(0, at)) ? `(${t})` : t;
  });
  const result = `${work} = ${formatQuantity(q, values[id]!).text}`;
  const options = chosen.flatMap((c) => {
    const option = c.kind === 'input' ? c.options?.find((o) => o.value === values[c.id]) : undefined;
    return option ? [option.label] : [];
  });
  return options.length ? `${result} — ${options.join('; ')}` : result;
}
