/** The checks no predicate can say, as code: `check: { code: <name> }` in a claims file. */
import type { Model } from '../engine/model';
import type { CheckOutcome, CodeCheck } from './types';

/** The MAI model names in a text, in order of appearance ("MAI-1", "MAI-1-preview", "MAI-Base-1"). */
export function modelNames(text: string): string[] {
  return [...text.matchAll(/\bMAI(?:-[A-Za-z0-9]+)+/g)].map((m) => m[0]);
}

/**
 * Whether the names a claim uses are among the names the reference texts use; a shortened name
 * ("MAI-1" for "MAI-1-preview") is not the same name.
 */
export function namesMatch(claimText: string, referenceTexts: string[]): CheckOutcome {
  const claimed = modelNames(claimText);
  const known = new Set(referenceTexts.flatMap(modelNames));
  const unknown = claimed.filter((n) => !known.has(n));
  if (claimed.length > 0 && unknown.length === 0)
    return { consistent: true, detail: `The sources use the name ${claimed.join(', ')}.` };
  const instead = [...known].filter((k) => unknown.some((u) => k.startsWith(`${u}-`)));
  const named = claimed.length ? claimed.join(', ') : 'no MAI model';
  return {
    consistent: false,
    detail: instead.length
      ? `The claim names ${named}; the sources name ${instead.join(', ')}.`
      : `The claim names ${named}, a name no source uses for this model.`,
  };
}

/** The quantity that names MAI-1-preview's cluster, and the announcement, that the name is checked against. */
const PREVIEW = { quantity: 'family.preview_gpus', source: 'mai-two-models' } as const;

/** The notes call the model MAI-1; the announcement and the news article's figure name MAI-1-preview. */
export const previewModelName: CodeCheck = (claim, model: Model) => {
  const quantity = model.quantities[PREVIEW.quantity];
  const source = model.sources[PREVIEW.source];
  if (!quantity || !source)
    throw new Error(
      `${claim.file}: "${claim.id}", field "check": previewModelName needs ${PREVIEW.quantity} and source ${PREVIEW.source}`,
    );
  const quote = quantity.kind === 'input' ? (quantity.quote ?? '') : '';
  return namesMatch(claim.statement, [quantity.label, quote, source.title, source.note ?? '']);
};

export const CODE_CHECKS: Record<string, CodeCheck> = { previewModelName };
