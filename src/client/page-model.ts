/**
 * The page's model, as the runtime and its compiled program read it: the site's one model file
 * (src/lib/present/runtime-model.ts), which the page names in `data-model-url` (LivePage.astro) and
 * which is fetched once, on a reader's first intent, and parsed once. Each quantity's id is its
 * key in the JSON (in the program's order) and is put back here. Part of the boot script, so it
 * stays small: a file that does not load or is not a model gives null, and the loader (loader.ts)
 * has the runtime say so in the page's notices, where the page keeps its cited numbers.
 */
import type { Model } from '../lib/engine/model';

let loading: Promise<Model | null> | undefined;
let model: Model | null = null;

/**
 * Fetches and reads the page's model, once; resolves to null on a page without numbers, or when the
 * file did not load or is not a model.
 */
export function loadPageModel(): Promise<Model | null> {
  const url = document.querySelector('[data-model-url]')?.getAttribute('data-model-url');
  loading ??= url
    ? fetch(url)
        .then((r) => r.json() as Promise<Model>)
        .then((m) => {
          // Throws, and so refuses the file, where it is not JSON (an error page: the browser's
          // console names its status), has no quantities, or one is not an object; the runtime
          // refuses quantities that do not fit its formulas (loader.ts).
          for (const [id, q] of Object.entries(m.quantities)) (q as { id: string }).id = id;
          return (model = m);
        })
        .catch((error: unknown) => {
          console.error(url, error);
          return null;
        })
    : Promise.resolve(null);
  return loading;
}

/** The model `loadPageModel` loaded: for code that runs after it (null before, or on a page without numbers). */
export function pageModel(): Model | null {
  return model;
}
