/** The page's scenario as signals, shared by every calculator island on the page (one module instance): overrides and field state. */
import { signal } from '@preact/signals';

/** Reader overrides: input id → value in the input's unit. */
export const overrides = signal<Readonly<Record<string, number>>>({});

/** What each input's field shows: the reader's own text while they edit, else the canonical text. */
export const fieldTexts = signal<Readonly<Record<string, string>>>({});

/** The reader-facing message of each input whose last edit was refused. */
export const fieldErrors = signal<Readonly<Record<string, string>>>({});

type Runtime = typeof import('./runtime');
let loading: Promise<Runtime> | undefined;
let loaded: Runtime | undefined;

/** Loads the engine (mathjs included) once, on first need. */
export function loadRuntime(): Promise<Runtime> {
  loading ??= import('./runtime').then((r) => {
    r.start();
    return (loaded = r);
  });
  return loading;
}

/** The engine if it is loaded already, so that edits after the first are applied synchronously. */
export const runtimeIfLoaded = (): Runtime | undefined => loaded;

/**
 * Runs `fn` with the engine once it is loaded, if something asked for it already; a field the
 * reader only tabbed through does not load the engine, and one left before it loaded still settles.
 */
export function afterRuntime(fn: (r: Runtime) => void): void {
  if (loaded) fn(loaded);
  else void loading?.then(fn);
}
