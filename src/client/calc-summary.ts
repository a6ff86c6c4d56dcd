/**
 * The summary of an edit that the page's live region reads once typing pauses: the edited
 * calculator's results that the edit recomputed, as the page shows them then.
 */
import { editSummary } from '../lib/present/edit-summary';
import { NUMBER } from '../lib/present/number-markup';
import { announce } from './announce';

/** Queues the summary of an edit made in control `from` that recomputed `changed`, with its hint if any. */
export function announceEdit(from: Element | undefined, changed: readonly string[], hint?: string): void {
  const form = from?.closest('form.calc');
  if (!form) return;
  const ids = new Set(changed);
  announce('edit', () => {
    const results = [...form.querySelectorAll<HTMLElement>(`.calc-result > dd[${NUMBER.id}]`)]
      .filter((dd) => ids.has(dd.getAttribute(NUMBER.id)!))
      .map((dd) => ({
        label: dd.previousElementSibling?.textContent ?? '',
        text: dd.querySelector(`.${NUMBER.textClass}`)?.textContent ?? '',
      }));
    return editSummary(form.getAttribute('aria-label') ?? '', results, hint);
  });
}
