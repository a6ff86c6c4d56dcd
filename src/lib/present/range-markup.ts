/**
 * The markup contract of a range on a page: the attributes by which the live page
 * (src/client/ranges.ts) finds and rewrites a quantity's range, and its text at the cited values
 * as the build writes it. A popover and a calculator result carry the phrase ("502–518 h at the
 * sources' precision"); a number in the prose carries an inline range (" (502–518 h)"), hidden
 * unless ranges show in the prose (the `?ranges=1` toggle, or a range the reader typed).
 */
import type { Quantity } from '../engine/model';
import type { Span } from '../engine/ranges';
import { rangePhrase, rangeText } from './range-text';

export const RANGE = {
  /** On every element that shows a quantity's range: its id. */
  attr: 'data-range',
  /** On an inline range in the prose. */
  inline: 'data-range-inline',
  /** On the root element while ranges show in the prose. */
  rootAttr: 'data-ranges',
  /** The URL key of the prose toggle (`?ranges=1`). */
  param: 'ranges',
} as const;

/** A popover's or a calculator result's range at the cited values. */
export const citedRangePhrase = (q: Quantity, span: Span): string => rangePhrase(q, span);

/** An inline range's text at the cited values: " (502–518 h)", or "" for an exact figure. */
export const citedInlineRange = (q: Quantity, span: Span): string => {
  const t = rangeText(q, span);
  return t && ` (${t})`;
};
