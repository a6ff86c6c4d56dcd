/**
 * Keeps what the reader is working on where it is on screen while the page changes above it. An
 * edit writes "(cited: …)" beside changed numbers in the prose, and the scenario summary under
 * the title appears at the first one; without this, the field the reader is typing in (far down
 * the page) jumps by what grew above it. Chromium's own scroll anchoring did not hold it there.
 *
 * The correction runs in the next animation frame, before paint; several changes in one frame are
 * corrected once, from where the field was before them. Where the field was is read when it gets
 * focus and again after the page scrolls (`watchPlaces`), while the layout is fresh anyway, so an
 * edit forces no layout of its own: on a long page that read cost about 20 ms of a first edit.
 */
let pending: { anchor: HTMLElement; top: number } | undefined;
/** The focused element's distance from the top of the window, read while its layout was fresh. */
let known: { anchor: Element; top: number } | undefined;

const note = (el: Element | null): void => {
  known =
    el instanceof HTMLElement && el !== document.body ? { anchor: el, top: el.getBoundingClientRect().top } : undefined;
};

/** Notes where the focused element is as it gets focus, and again in the frame after a scroll. */
export function watchPlaces(): void {
  document.addEventListener('focusin', (e) => note(e.target as Element));
  let scheduled = false;
  addEventListener(
    'scroll',
    () => {
      known = undefined;
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        note(document.activeElement);
      });
    },
    { passive: true },
  );
}

export function keepInPlace(mutate: () => void): void {
  const focused = document.activeElement;
  if (!pending && focused instanceof HTMLElement && focused !== document.body) {
    const top = known?.anchor === focused ? known.top : focused.getBoundingClientRect().top;
    pending = { anchor: focused, top };
    requestAnimationFrame(restore);
  }
  mutate();
}

function restore(): void {
  const { anchor, top } = pending!;
  pending = undefined;
  const moved = anchor.getBoundingClientRect().top - top;
  if (moved) scrollBy(0, moved);
  // Back where it was: the next edit starts from here (a scroll that this causes notes it again).
  known = { anchor, top };
}
