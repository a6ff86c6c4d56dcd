/** A derived quantity's formula as MathML, rendered at build time: static HTML, no script. */
import temml from 'temml';
import type { Model } from '../engine/model';
import { formulaTex, formulaWords } from './formula-tex';

const escapeAttribute = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * temml writes an infix operator as `<mrow><mspace width="0.222em"></mspace><mo>+</mo><mspace …></mrow>`.
 * A bare `<mo>` among its operands gets the same space from the browser's operator dictionary
 * (MathML Core: 0.2222em each side of +, −, ⋅; 0.2778em of =), and a formula is then a third lighter.
 */
const SPACED_OPERATOR =
  /<mrow><mspace width="(?:0\.222|0\.2778)em"><\/mspace><mo>([+−⋅=])<\/mo><mspace width="(?:0\.222|0\.2778)em"><\/mspace><\/mrow>/g;

/** The `<math>` element of "name = formula" for derived quantity `id`, with the formula in words as its `alttext`. */
export function formulaMathML(model: Model, id: string): string {
  const html = temml
    .renderToString(formulaTex(model, id), { throwOnError: true })
    .replace(SPACED_OPERATOR, '<mo>$1</mo>');
  return html.replace(/^<math/, `<math alttext="${escapeAttribute(formulaWords(model, id))}"`);
}
