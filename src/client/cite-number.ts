/**
 * "Cite this number": copies the citation of one number (src/lib/present/number-citation.ts) from
 * what its popover shows: its label, its value (and its range, where the page shows ranges in the
 * prose or the reader typed one it rests on), its formula and work or its source and locator, and
 * the inputs' sources; the page's URL with the scenario (as "Cite this page" writes it, cite.ts)
 * and the number's anchor, the build's version and today's date. Loaded at the first press of the
 * button, which popover-controls.ts puts in a popover as it opens (no markup in every popover).
 */
import { numberCitation, type NumberCitation } from '../lib/present/number-citation';
import { RANGE } from '../lib/present/range-markup';
import { currentCitation } from './cite';

const text = (el: Element | null | undefined): string => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** One input's citation in a popover (Citation.astro): its source and locator (a quote in quotation marks, as `<q>` shows it), marked where it is an assumption. */
function sourceOf(cite: Element): string {
  const source = cite.querySelector('.cite-source')?.cloneNode(true) as Element | undefined;
  for (const q of source?.querySelectorAll('q') ?? []) q.textContent = `“${q.textContent}”`;
  return `${text(source)}${cite.querySelector('.cite-assumption') ? ' (an assumption)' : ''}`;
}

/** The record of the number whose popover holds `button`; undefined off a page with a cite box. */
export function citationOf(button: Element): NumberCitation | undefined {
  const number = button.closest<HTMLElement>('.q');
  const popover = button.closest<HTMLElement>('[popover]');
  const page = currentCitation();
  if (!number || !popover || !page) return undefined;
  const { citation } = page;
  const inline = number.querySelector<HTMLElement>(`[${RANGE.inline}]`);
  const rangesShown = document.documentElement.hasAttribute(RANGE.rootAttr) || (inline !== null && !inline.hidden);
  const range = text(popover.querySelector(`.q-about-row [${RANGE.attr}]`));
  const formula = popover.querySelector('.q-formula');
  const cites = [...popover.querySelectorAll('.q-about-cites .cite')];
  const url = new URL(citation.url);
  url.hash = number.id;
  return {
    site: citation.site,
    page: citation.title,
    label: text(popover.querySelector('.q-about-title')),
    value: text(popover.querySelector('[data-exact] > .q-text')),
    range: rangesShown && range ? range : undefined,
    formula: formula
      ? { formula: text(formula), work: text(popover.querySelector('.q-work')) || undefined }
      : undefined,
    sources: formula
      ? cites.map((c) => `${text(c.querySelector('.cite-label'))}: ${sourceOf(c)}`)
      : cites.map(sourceOf),
    url: url.href,
    accessed: citation.accessed,
    version: citation.version,
    scenario: citation.scenario,
  };
}

/**
 * Copies the number's citation; where the clipboard is refused, shows it selected in the popover's
 * read-only field. Returns the message to show and announce.
 */
export async function copyNumberCitation(button: HTMLElement): Promise<string> {
  const record = citationOf(button);
  if (!record) return 'This number cannot be cited from here.';
  const cited = numberCitation(record);
  const field = button.closest('.q')?.querySelector<HTMLInputElement>('.q-copy-field');
  try {
    await navigator.clipboard.writeText(cited);
    if (field) field.hidden = true;
    return 'Citation copied.';
  } catch {
    if (!field) return 'Could not copy the citation.';
    field.value = cited;
    field.setAttribute('aria-label', `Citation of ${record.label}`);
    field.hidden = false;
    field.focus();
    field.select();
    return 'Citation selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}
