/** The part of the model the browser needs to recompute: no sources, no prose. */
import { unitTables } from '../engine/compile';
import type { Model, Quantity } from '../engine/model';

const KEEP = [
  'id',
  'kind',
  'label',
  'unit',
  'display_unit',
  'symbol',
  'format',
  'value',
  'formula',
  'min',
  'max',
  'integer',
  'options',
  'range',
] as const;

/** A copy of the model with only what evaluating, formatting and reading a reader's units need, small enough to inline in a page. */
export function runtimeModel(model: Model): Model {
  const quantities: Record<string, Quantity> = {};
  for (const [id, q] of Object.entries(model.quantities)) {
    const slim: Record<string, unknown> = { file: '' };
    for (const k of KEEP) if (k in q) slim[k] = (q as unknown as Record<string, unknown>)[k];
    quantities[id] = slim as unknown as Quantity;
  }
  return { sources: {}, quantities, units: unitTables(model) };
}
