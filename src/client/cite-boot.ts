/**
 * The cite box's script on every page, kept to a few hundred bytes: it sets the reader's date as
 * the access date, shows the copy buttons and opens the box for printing. The scenario (which
 * needs more code) is `scenario-boot`'s job, on pages with numbers only.
 */
import { localDay, withAccessDate, type CitationFormat } from '../lib/present/citation-formats';
import { announce } from './announce';

/** Copies `text`: the Clipboard API, else the selection of `el` and `execCommand`. */
export async function copyText(text: string, el: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const sel = getSelection();
    sel?.selectAllChildren(el);
    // Deprecated, but the only way to copy where the Clipboard API is refused (plain http, old browsers).
    return document.execCommand('copy');
  }
}

/** Wires the cite box of the page, if it has one. */
export function bootCite(): void {
  const box = document.querySelector<HTMLDetailsElement>('details[data-cite]');
  if (!box) return;
  const day = localDay(new Date());
  for (const el of box.querySelectorAll<HTMLElement>('[data-cite-text]'))
    el.textContent = withAccessDate(el.textContent ?? '', el.dataset['citeText'] as CitationFormat, day);
  const status = box.querySelector<HTMLElement>('[data-cite-status]')!;
  pageStatus(box);
  for (const b of box.querySelectorAll<HTMLButtonElement>('[data-cite-copy]')) {
    const el = box.querySelector<HTMLElement>(`[data-cite-text="${b.dataset['citeCopy']}"]`)!;
    const name = b.dataset['citeName'];
    b.hidden = false;
    b.addEventListener('click', async () => {
      // Shown under the citations, and said through the page's one polite live region.
      status.textContent = (await copyText(el.textContent ?? '', el))
        ? `Copied the ${name} citation.`
        : `Could not copy: the ${name} citation is selected, so copy it with your keyboard.`;
      announce('copy', status.textContent);
    });
  }
  let wasOpen = false;
  addEventListener('beforeprint', () => {
    wasOpen = box.open;
    box.open = true;
  });
  addEventListener('afterprint', () => (box.open = wasOpen));
}

/**
 * The page's one polite live region (announce.ts): LivePage.astro writes it on pages with numbers;
 * a page without (the audit, the method) gets it here, outside the cite box, whose closed content
 * would not be read.
 */
function pageStatus(box: HTMLElement): void {
  if (document.querySelector('[data-page-status]')) return;
  const region = document.createElement('p');
  region.className = 'sr-only';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('data-page-status', '');
  box.before(region);
}
