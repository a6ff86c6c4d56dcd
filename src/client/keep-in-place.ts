/**
 * Keeps what the reader is working on where it is on screen while the page changes above it. An
 * edit writes "(cited: …)" beside changed numbers in the prose, and the scenario summary under
 * the title appears at the first one; without this, the field the reader is typing in (far down
 * the page) jumps by what grew above it. Chromium's own scroll anchoring did not hold it there.
 *
 * The correction runs in the next animation frame, before paint, so the edit itself forces no
 * layout; several changes in one frame are corrected once, from where the field was before them.
 */
let pending: { anchor: HTMLElement; top: number } | undefined;

export function keepInPlace(mutate: () => void): void {
  const focused = document.activeElement;
  if (!pending && focused instanceof HTMLElement && focused !== document.body) {
    pending = { anchor: focused, top: focused.getBoundingClientRect().top };
    requestAnimationFrame(restore);
  }
  mutate();
}

function restore(): void {
  const { anchor, top } = pending!;
  pending = undefined;
  const moved = anchor.getBoundingClientRect().top - top;
  if (moved) scrollBy(0, moved);
}
