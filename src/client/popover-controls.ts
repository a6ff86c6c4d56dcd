/**
 * A number popover's controls, made the first time it opens (number-links.ts loads this module
 * then): Close, "Copy link" with its fallback field, and "Cite this number", with what their
 * presses do. What they say shows beside the buttons and is read through the page's one polite
 * live region. The server writes none of them, so a page does not carry them in every popover.
 */
import { announce } from './announce';

/** A new element with a class, attributes and text. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  attrs: Record<string, string>,
  text = '',
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = text;
  return el;
}

/**
 * Gives a number's popover, once, what only a script can use: its Close button (shown on touch
 * screens; a tap outside closes it without one), "Copy link" with the read-only field it falls
 * back to, and "Cite this number". Without JavaScript the anchor link stays.
 */
export function addControls(popover: HTMLElement): void {
  if (popover.dataset['controls'] !== undefined || !popover.classList.contains('q-about')) return;
  popover.dataset['controls'] = '';
  const close = make('button', 'q-close', { type: 'button', popovertargetaction: 'hide' }, 'Close');
  close.popoverTargetElement = popover;
  popover.prepend(close);
  const links = popover.querySelector(':scope > .q-about-links');
  const label = popover.querySelector(':scope > .q-about-title')?.textContent ?? '';
  const copy = make('button', 'q-copy', { type: 'button', 'data-copy-link': '' }, 'Copy link');
  const field = make('input', 'q-copy-field', { type: 'text', readonly: '', 'aria-label': `Link to ${label}` });
  field.hidden = true;
  // The status line (what a copy did) comes last; it is made here, not in every popover's HTML, since
  // only these controls write to it (a reader hears each message through announce.ts).
  links?.append(copy, field, make('span', 'q-copy-status', {}));
  addCiteButton(popover);
}

/** Puts a "Cite this number" button after a number popover's "Copy link", once. */
function addCiteButton(popover: Element): void {
  const copy = popover.querySelector(':scope > .q-about-links > [data-copy-link]');
  if (!copy || popover.querySelector('[data-cite-number]')) return;
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'q-copy';
  b.dataset['citeNumber'] = '';
  b.textContent = 'Cite this number';
  copy.after(' ', b);
}

/** Copies the number's citation (cite-number.ts, loaded at the first press). */
async function citeNumber(button: HTMLElement): Promise<void> {
  const number = button.closest<HTMLElement>('.q');
  if (!number) return;
  const { copyNumberCitation } = await import('./cite-number');
  say(number, await copyNumberCitation(button));
}

/** Copies the number's address, or selects it in a read-only field where the clipboard is refused. */
async function copyLink(button: HTMLElement): Promise<void> {
  const number = button.closest<HTMLElement>('.q');
  if (!number) return;
  // The page's canonical address (the site's configured SITE_URL, as citations use it), else this one.
  const page = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  const url = `${page.replace(/[?#].*$/, '')}${location.search}#${number.id}`;
  const field = number.querySelector<HTMLInputElement>('.q-copy-field');
  try {
    await navigator.clipboard.writeText(url);
    if (field) field.hidden = true;
    say(number, 'Link copied.');
  } catch {
    if (!field) return;
    field.value = url;
    field.hidden = false;
    field.focus();
    field.select();
    say(number, 'Link selected: press Ctrl+C (⌘C on a Mac) to copy it.');
  }
}

/** Shows a message beside the popover's buttons, and says it through the page's one polite live region (announce.ts). */
export function say(number: HTMLElement, message: string): void {
  const status = number.querySelector<HTMLElement>('.q-copy-status');
  if (status) status.textContent = message;
  announce('copy', message);
}

/** Presses of the controls: listened for once, from the first popover that opens. */
document.addEventListener('click', (e) => {
  const target = e.target instanceof Element ? e.target : null;
  const button = target?.closest<HTMLElement>('[data-copy-link]');
  if (button) void copyLink(button);
  const cite = target?.closest<HTMLElement>('[data-cite-number]');
  if (cite) void citeNumber(cite);
});
