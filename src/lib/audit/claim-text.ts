/**
 * The text of a claim's reasoning and explanation, with its figures written from the values:
 * `{pretrain.overhead_hours}` is the quantity as the site writes it ("51 h"), and
 * `{= pretrain.nonstepping_hours / 0.27 | 1}` a small formula over values in their display units,
 * written to one decimal. No derived figure is typed in a claims file.
 */
import type { Values } from '../engine/evaluate';
import { formatNumber, formatQuantity } from '../engine/format';
import { formulaIds, toSymbols } from '../engine/graph';
import { compile } from '../engine/math';
import type { Model } from '../engine/model';
import { TEMPLATE } from '../facts/claim-check';

/** The quantity ids a text names, through either form; throws if a formula does not parse. */
export function templateIds(text: string): string[] {
  return [...text.matchAll(TEMPLATE)].flatMap((m) => (m[1] ? formulaIds(m[2]!.trim()) : [m[2]!.trim()]));
}

/** The text with every `{…}` written at the values. */
export function renderClaimText(text: string, model: Model, values: Values): string {
  return text.replace(TEMPLATE, (whole, formula: string, body: string, decimals: string | undefined) => {
    const expr = body.trim();
    if (!formula) {
      const q = model.quantities[expr];
      const v = values[expr];
      if (!q || v === undefined) throw new Error(`claim text: unknown quantity "${expr}" in ${whole}`);
      return formatQuantity(q, v).text;
    }
    const scope: Record<string, number> = {};
    for (const id of formulaIds(expr)) {
      const v = values[id];
      if (v === undefined) throw new Error(`claim text: unknown quantity "${id}" in ${whole}`);
      scope[toSymbols(id)] = v;
    }
    const n = compile(toSymbols(expr)).evaluate(scope) as unknown;
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`claim text: ${whole} is not a finite number`);
    return formatNumber(n, decimals === undefined ? {} : { decimals: Number(decimals) });
  });
}
