/**
 * The one loader of the live page's runtime (src/client/runtime.ts): every script that needs the
 * engine goes through here, so it is fetched and started once, and edits after the first one are
 * applied synchronously. The runtime's code and the page's model (page-model.ts) are fetched
 * together; when the model does not load, the runtime builds no engine, the page keeps its static
 * numbers, and the runtime's `start` says so in the page's notices.
 */
import { loadPageModel } from './page-model';
import { whenIdle } from './when-idle';

// The page's model, for the scripts that read it without the runtime (cite.ts, the changes table):
// through here, page-model.ts is bundled with the loader that every live page has loaded already.
export { loadPageModel, pageModel } from './page-model';

type Runtime = typeof import('./runtime');
let loading: Promise<Runtime> | undefined;
let loaded: Runtime | undefined;

/**
 * Loads the runtime and the page's model once, on first need, and starts the runtime (it applies
 * the URL's scenario). Without a model, or with one its compiled formulas refuse, it never
 * resolves: nothing is computed, no edit is applied, and the page's notice says why.
 */
export function loadRuntime(): Promise<Runtime> {
  loading ??= Promise.all([loadPageModel(), import('./runtime')]).then(([model, r]) => {
    try {
      r.start(model);
    } catch (error) {
      // A model its compiled formulas refuse (programOf): the page keeps its cited numbers, and says so.
      console.error(error);
      r.start(null);
    }
    return r.started() ? (loaded = r) : new Promise<never>(() => {});
  });
  return loading;
}

/** Runs `fn` with the runtime: at once when it is loaded, after loading it otherwise. */
export function withRuntime(fn: (r: Runtime) => void): void {
  if (loaded) fn(loaded);
  else void loadRuntime().then(fn);
}

/**
 * Runs `fn` once the runtime is loaded, if something asked for it already: a field the reader only
 * tabbed through does not load it, and one left before it loaded still settles.
 */
export function afterRuntime(fn: (r: Runtime) => void): void {
  if (loaded) fn(loaded);
  else void loading?.then(fn);
}

/**
 * Readies, while the page is idle, what the runtime's start would otherwise pay for at a reader's
 * first edit, without loading it: the browser's number formatting (ICU) loads its data the first
 * time a page makes an `Intl.NumberFormat`, which costs tens of milliseconds (later ones are nearly
 * free). The page's model is not fetched here: it comes with the runtime, on first intent.
 */
export function warmWhenIdle(): void {
  whenIdle(() => new Intl.NumberFormat('en-US').format(0), { timeout: 2000, fallback: 200 });
}
