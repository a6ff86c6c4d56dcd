/**
 * The range a calculator field accepts, in the reader's words, shown in the field's description.
 * (A minimal version written by the calcui branch, from the inputs' `min`/`max`; the input branch
 * owns the wording of messages and may replace it.)
 */
import { formatNumber, unitSymbol } from '../engine/format';
import { displayUnit, type Input } from '../engine/model';

/**
 * "Accepted: 0 to 100 % (this site’s plausible range)." for an input with bounds, written as the
 * field writes its own text; undefined for a switch (its options are the range) or an input
 * without both bounds.
 */
export function boundsText(input: Input): string | undefined {
  if (input.options || input.min === undefined || input.max === undefined) return undefined;
  // Bounds are in the input's own unit; a fraction shown in per cent is written in per cent.
  const percent = input.unit === '1' && displayUnit(input) === '%';
  const symbol = unitSymbol(input);
  const at = (n: number) =>
    formatNumber(percent ? n * 100 : n, { notation: input.format?.notation ?? 'standard', digits: 6 });
  const unit = symbol ? ` ${symbol}` : '';
  const whole = input.integer ? ', whole numbers' : '';
  return `Accepted: ${at(input.min)} to ${at(input.max)}${unit}${whole} (this site’s plausible range).`;
}
