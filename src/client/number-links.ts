/**
 * Links to numbers, for every page that shows one. Tiny on purpose (no engine): "Copy link"
 * copies this page's canonical address (the site's configured URL, the one citations name) with
 * the reader's values (the live page keeps them in the query) and the number's anchor; links to other numbers carry those values along.
 */

/** Shows the copy buttons and listens for clicks on them and on links to numbers. Safe to call twice. */
export function enhanceNumberLinks(): void {
  if (document.documentElement.dataset['numberLinks']) return;
  document.documentElement.dataset['numberLinks'] = '';
  for (const b of document.querySelectorAll<HTMLElement>('[data-copy-link]')) b.hidden = false;
  // Pointer down, context menu and click all come before the browser reads the link's address.
  for (const type of ['mousedown', 'contextmenu', 'click'])
    document.addEventListener(type, (e) => {
      const target = e.target instanceof Element ? e.target : null;
      const link = target?.closest('a[data-scenario-link]');
      if (link instanceof HTMLAnchorElement) link.search = location.search;
      const button = target?.closest<HTMLElement>('[data-copy-link]');
      if (type === 'click' && button) void copyLink(button);
    });
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

/** Announces a message in the number's polite status region (emptied first, so a repeat is heard). */
function say(number: HTMLElement, message: string): void {
  const status = number.querySelector<HTMLElement>('.q-copy-status');
  if (!status) return;
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 50);
}
