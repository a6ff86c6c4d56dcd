/**
 * The page script every page with numbers ships. It stays tiny: it loads the runtime when the URL
 * carries a scenario, or on a reader's first intent (a calculator scrolled into the window, focus
 * in one, or a pointer over one of its fields), and hands the calculators' events to it. The
 * calculators are static HTML: no framework hydrates them.
 */
import { hasScenario } from '../lib/scenario-keys';
import { FIELD } from '../lib/present/number-markup';
import { afterRuntime, loadRuntime, warmWhenIdle, withRuntime } from './loader';
import { keepInPlace, watchPlaces } from './keep-in-place';

/** The calculator control an event is for, if any. */
const controlOf = (e: Event): HTMLInputElement | HTMLSelectElement | null => {
  const t = e.target;
  return t instanceof HTMLInputElement || t instanceof HTMLSelectElement
    ? t.hasAttribute(FIELD.id) && t.closest('.calc')
      ? t
      : null
    : null;
};

export function boot(): void {
  watchPlaces();
  if (hasScenario(location.search)) void loadRuntime();
  else if (document.querySelector('.calc')) {
    warmWhenIdle();
    loadWhenScrolledTo();
  }
  document.addEventListener('focusin', (e) => {
    if (e.target instanceof Element && e.target.closest('.calc')) void loadRuntime();
  });
  // A pointer over a field is intent too, and comes a moment before the press that focuses it:
  // that moment is enough for the runtime to arrive before the first keystroke.
  document.addEventListener('pointerover', (e) => {
    if (controlOf(e)) void loadRuntime();
  });
  const edit = (e: Event) => {
    const c = controlOf(e);
    if (!c) return;
    // Read now: by the time the runtime has loaded, the reader may have typed on.
    const value = c.value;
    // The numbers an edit changes above the field must not move it (keep-in-place.ts).
    withRuntime((r) => keepInPlace(() => r.edit(c.getAttribute(FIELD.id)!, value, c)));
  };
  document.addEventListener('input', edit);
  document.addEventListener('change', (e) => e.target instanceof HTMLSelectElement && edit(e));
  document.addEventListener('focusout', (e) => {
    const c = controlOf(e);
    if (c) afterRuntime((r) => r.settle(c.getAttribute(FIELD.id)!));
  });
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest(`.calc [${FIELD.reset}]`) : null;
    if (button) withRuntime((r) => keepInPlace(() => r.reset(button.closest('form.calc') ?? undefined)));
  });
  // A calculator is not sent anywhere: Enter in a field recomputes, it does not reload the page.
  document.addEventListener('submit', (e) => {
    if (e.target instanceof Element && e.target.matches('form.calc')) e.preventDefault();
  });
}

/**
 * Loads the runtime once the reader scrolls a calculator into the window: they are about to use it,
 * and the runtime arrives long before they reach a field (the fetch took 10–30 ms on a test
 * machine), so their first edit applies at once instead of waiting for it. Only a scroll counts: a
 * calculator in the first window, which every reader sees, waits for a pointer or a focus, so a
 * page that is only read loads nothing more.
 */
function loadWhenScrolledTo(): void {
  if (!('IntersectionObserver' in window)) return;
  const calculators = document.querySelectorAll('.calc');
  const seen = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    seen.disconnect();
    void loadRuntime();
  });
  addEventListener('scroll', () => calculators.forEach((calc) => seen.observe(calc)), { once: true, passive: true });
}
