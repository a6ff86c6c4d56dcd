/**
 * The page script every page with numbers ships. It stays tiny: it loads the engine only when
 * the URL carries a scenario, and leaves calculators to load it when a reader first uses one.
 */
export function boot(): void {
  if ([...new URLSearchParams(location.search).keys()].some((k) => k.includes('.'))) {
    // Through the store, so that a calculator hydrating later finds the engine already loaded.
    void import('./store').then((s) => s.loadRuntime());
  }
}
