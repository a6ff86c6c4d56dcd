/** A derived quantity's formula as MathML, rendered at build time: static HTML, no script. */
import temml from 'temml';
import type { Model } from '../engine/model';
import { formulaTex, formulaWords } from './formula-tex';

const escapeAttribute = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The `<math>` element of "name = formula" for derived quantity `id`, with the formula in words as its `alttext`. */
export function formulaMathML(model: Model, id: string): string {
  const html = temml.renderToString(formulaTex(model, id), { throwOnError: true });
  return html.replace(/^<math/, `<math alttext="${escapeAttribute(formulaWords(model, id))}"`);
}
