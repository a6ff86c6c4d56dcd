/** A figure as the build draws it: its geometry at the cited values, and its description. */
import { formatQuantity } from '../lib/engine/format';
import { FIGURES, type FigureName } from '../lib/present/figures';
import { fillDescription } from '../lib/present/figures/shape';
import { citedValues, engine } from './facts';

const valueOf = (id: string): number => {
  const v = citedValues[id];
  if (v === undefined) throw new Error(`Figure: unknown quantity id "${id}".`);
  return v;
};
const textOf = (id: string): string => formatQuantity(engine.model.quantities[id]!, valueOf(id)).text;

/** The shapes and computed texts of the figure `name` at the cited values, and its description from `template`. */
export function figureView(name: FigureName, template = '') {
  const drawing = FIGURES[name].draw(valueOf);
  const description = fillDescription(template, textOf, drawing.texts);
  for (const [, key] of template.matchAll(/\{=([\w.]+)\}/g))
    if (!(key! in drawing.texts))
      throw new Error(`Figure "${name}": its description names {=${key}}, which its geometry does not compute.`);
  return { drawing, description };
}
