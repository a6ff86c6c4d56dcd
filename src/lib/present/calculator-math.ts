/**
 * A calculator's typeset formulas, written once per page: a result whose number the page's prose
 * shows (inline, with its popover) takes its MathML from that popover as the work opens
 * (src/client/popover-refs.ts), and carries a link to the number in its place; only a result the
 * prose does not show carries its own MathML. The formula as code and the work stay in both.
 */
import type { CalculatorProps } from './calculator';

/** The id of the popover of quantity `id`'s number (Q.astro). */
export const popoverId = (id: string): string => `${id}-about`;

/** Drops the MathML of the results whose popover is on the page (`inlineHere`), naming the popover instead. */
export function popoverOfPage(props: CalculatorProps, inlineHere: (id: string) => boolean): CalculatorProps {
  return {
    ...props,
    results: props.results.map((r) =>
      r.explain && inlineHere(r.id) ? { ...r, explain: { ...r.explain, math: '' }, mathFrom: popoverId(r.id) } : r,
    ),
  };
}
