/**
 * The page's model, as the runtime and its compiled program read it: the site's one model file
 * (src/lib/present/runtime-model.ts), which the page names in `data-model-url` (LivePage.astro) and
 * which is fetched once, on a reader's first intent, and parsed once. Each quantity's id is its
 * key in the JSON (in the program's order) and is put back here. A file that does not load or is
 * not a model leaves the page's static numbers (the cited values) and says so in the page's notices.
 */
import type { Model } from '../lib/engine/model';
import { showNotices } from './dom';

/** The attribute that names the model file (LivePage.astro writes it on the notice region). */
const MODEL_URL = 'data-model-url';

let loading: Promise<Model | null> | undefined;
let model: Model | null = null;

/** The message a reader sees when the model file did not load: what they see instead, and what to do. */
export const MODEL_FAILED =
  'The calculators could not load their data, so edits are not applied and this page shows the cited values. Reload the page to try again.';

/**
 * Fetches and reads the page's model, once; resolves to null on a page without numbers, or when the
 * file did not load or is not a model (the page's notice then says so).
 */
export function loadPageModel(): Promise<Model | null> {
  const url = document.querySelector(`[${MODEL_URL}]`)?.getAttribute(MODEL_URL);
  loading ??= url
    ? fetchModel(url).then(
        (m) => (model = m),
        (error: unknown) => {
          console.error(error);
          showNotices([{ param: 'model', message: MODEL_FAILED }]);
          return null;
        },
      )
    : Promise.resolve(null);
  return loading;
}

/** The model `loadPageModel` loaded: for code that runs after it (null before, or on a page without numbers). */
export function pageModel(): Model | null {
  return model;
}

async function fetchModel(url: string): Promise<Model> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The page’s model (${url}) did not load: HTTP ${response.status}.`);
  const read = (await response.json()) as Partial<Model> | null;
  if (!isModel(read)) throw new Error(`The page’s model (${url}) is not a model: it has no quantities.`);
  for (const [id, q] of Object.entries(read.quantities)) (q as { id: string }).id = id;
  return read;
}

/** Whether parsed JSON has the shape the runtime reads: quantities and unit tables, each an object of objects. */
function isModel(m: Partial<Model> | null): m is Model {
  const objectOfObjects = (x: unknown) =>
    typeof x === 'object' && x !== null && Object.values(x).every((v) => typeof v === 'object' && v !== null);
  return objectOfObjects(m?.quantities) && (m?.units === undefined || objectOfObjects(m.units));
}
