/**
 * `{ from: id }` in an input: a switch's options (and its default) name the inputs whose cited
 * values they are, so that each cited figure is written once. Resolved when the facts load,
 * converted into the switch's unit; the option remembers the input it came from.
 */
import type { Input, InputOption, Quantity } from '../engine/model';
import { hasDimension, toValue, unitScale } from '../engine/units';
import { FactsError } from './errors';

type Ref = { from: string };
type RawInput = Omit<Input, 'value' | 'options'> & {
  value: number | Ref;
  options?: (InputOption | (Ref & { label: string }))[];
};

const isRef = (x: unknown): x is Ref => typeof x === 'object' && x !== null && 'from' in x;

/** Replaces every `{ from: id }` of the inputs in `quantities` by that input's cited value. */
export function resolveReferences(quantities: Record<string, Quantity>): void {
  const raw = (q: Quantity) => q as unknown as RawInput;
  const cited = (q: RawInput, field: string, from: string): number => {
    const ref = quantities[from];
    if (!ref || ref.kind !== 'input') throw new FactsError(q.file, field, `"${from}" is not an input`, q.id);
    if (isRef(raw(ref).value))
      throw new FactsError(q.file, field, `"${from}" takes its value from another input; name that one`, q.id);
    if (!hasDimension(toValue(1, ref.unit), q.unit))
      throw new FactsError(q.file, field, `"${from}" is in "${ref.unit}", which does not convert to "${q.unit}"`, q.id);
    return (ref.value * unitScale(ref.unit)) / unitScale(q.unit);
  };
  const resolved = Object.values(quantities)
    .filter((q) => q.kind === 'input')
    .map((q) => {
      const r = raw(q);
      const options = r.options?.map((o, i) =>
        isRef(o) ? { value: cited(r, `options[${i}].from`, o.from), label: o.label, from: o.from } : o,
      );
      const value = isRef(r.value) ? cited(r, 'value.from', r.value.from) : r.value;
      const from = isRef(r.value) ? r.value.from : undefined;
      return { id: q.id, value, from, options };
    });
  for (const { id, value, from, options } of resolved) {
    const q = quantities[id] as Input;
    q.value = value;
    if (from) q.from = from;
    if (options) q.options = options;
  }
}
