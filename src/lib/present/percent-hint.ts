/**
 * The hint for an ambiguous percentage. In a field shown in per cent, a bare number is read in
 * per cent ("90" is 90 %), while a link's bare number is the stored fraction (0.9 is 90 %). A
 * reader who types a fraction such as "0.85" into the field gets 0.85 %, which is accepted, so
 * the field says what it understood and what to type for the other reading.
 * (A minimal version written by the calcui branch; the input branch owns the wording of messages.)
 */
import { displayUnit, type Input } from '../engine/model';
import { formatNumber } from '../engine/format';

/** What the field shows beside an ambiguous value: what it understood, and the field's rule. */
export interface PercentHint {
  hint: string;
  rule: string;
}

/** A bare number: digits with an optional decimal point, no unit and no scale word. */
const BARE = /^\s*[+]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;

/**
 * The hint for `text` typed into `input`'s field, or undefined where the text is not ambiguous:
 * it applies to a fraction shown in per cent, when the text is a bare number above 0 and at most 1
 * and its hundredfold is still an allowed value.
 */
export function percentHint(input: Input, text: string): PercentHint | undefined {
  if (displayUnit(input) !== '%' || input.unit !== '1' || input.options || !BARE.test(text)) return undefined;
  const n = Number(text.trim());
  if (!(n > 0 && n <= 1)) return undefined;
  const max = (input.max ?? 1) * 100;
  const scaled = n * 100;
  if (scaled > max) return undefined;
  const typed = formatNumber(n, { digits: 6 });
  const meant = formatNumber(scaled, { digits: 6 });
  return {
    hint: `Read as ${typed} %. For ${meant} %, type ${meant}.`,
    rule: `In this field a number is in per cent: ${meant} means ${meant} %.`,
  };
}
