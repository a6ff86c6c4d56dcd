/** The site's ranges at the cited values and the sources' precision, computed once per build, and how the build shows them. */
import { engine, model } from './facts';
import { citedRanges } from '../lib/audit/intervals';
import type { Span } from '../lib/engine/ranges';
import type { RangeBasis } from '../lib/engine/model';

/** A quantity's range at the sources' precision, in its display unit. */
export const citedRange = (id: string): Span => citedRanges(engine)(id);

const BASIS: Record<RangeBasis['kind'], string> = {
  stated: 'As the source writes it',
  exact: 'Exact',
  fixed: 'Held fixed',
  switch: 'Held fixed',
  reading: 'This site’s reading of the words',
};

/** How an input's range was read, as a popover says it: "As the source writes it: “51”". */
export function basisText(id: string): string | undefined {
  const q = model.quantities[id];
  if (q?.kind !== 'input' || !q.range_basis) return undefined;
  const b = q.range_basis;
  return `${BASIS[b.kind]}: ${b.kind === 'stated' ? `“${b.text}”, half a unit of its last digit either side` : b.text.replace(/^Ours\.\s*/, '')}.`.replace(
    /\.\.$/,
    '.',
  );
}
