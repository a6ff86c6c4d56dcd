/**
 * The page's one polite live region (`[data-page-status]`, in LivePage.astro). Writers queue a part
 * of the announcement by key (a calculator's summary, the change table's count, a reset); the
 * region is written once typing pauses, so a reader hears one sentence, not one per keystroke.
 */

/** How long typing must pause before anything is announced, or a field's error is shown. */
export const TYPING_PAUSE_MS = 600;

const parts = new Map<string, string | (() => string)>();
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Queues `text` under `key` (replacing that key's earlier text) for the next pause; a function is
 * called then, so a summary of the page reads the numbers as they are when it is spoken.
 */
export function announce(key: string, text: string | (() => string)): void {
  parts.set(key, text);
  clearTimeout(timer);
  timer = setTimeout(flush, TYPING_PAUSE_MS);
}

function flush(): void {
  const region = document.querySelector<HTMLElement>('[data-page-status]');
  const text = [...parts.values()]
    .map((t) => (typeof t === 'function' ? t() : t))
    .filter(Boolean)
    .join(' ');
  parts.clear();
  if (region && text && region.textContent !== text) region.textContent = text;
}
