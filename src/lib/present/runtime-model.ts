/**
 * The part of the model the browser needs, the same for every live page: the live quantities only
 * (src/lib/engine/live.ts), no sources, no prose. An input keeps what reading and checking a
 * reader's value needs (its label names it in messages); a derived quantity only what formatting
 * it needs, as its formula is compiled into the program. Ids are the keys only, in the browser
 * program's order (they are its ids). It is one static file (`runtimeModelFile`, served by
 * src/pages/runtime-model.[hash].json.ts), which a page fetches on a reader's first intent and the
 * browser caches across pages; the page reads it with `loadPageModel()` (src/client/page-model.ts).
 */
import { createHash } from 'node:crypto';
import { liveOrder, unitTables } from '../engine/compile';
import type { Model, Quantity, QuantityPages } from '../engine/model';

const KEEP = {
  input: [
    'kind',
    'label',
    'unit',
    'display_unit',
    'symbol',
    'format',
    'value',
    'min',
    'max',
    'at_most',
    'integer',
    'options',
    'range',
  ],
  derived: ['kind', 'unit', 'display_unit', 'symbol', 'format'],
} as const;

const cache = new WeakMap<Model, Model>();

/**
 * A copy of the model with only what evaluating, formatting and reading a reader's units need,
 * its quantities in the order of the browser's program (whose ids they are), made once per model.
 */
export function runtimeModel(model: Model, pages?: QuantityPages): Model {
  let slimModel = cache.get(model);
  if (!slimModel) cache.set(model, (slimModel = slimmed(model)));
  return pages ? { ...slimModel, pages: livePages(slimModel, pages) } : slimModel;
}

/**
 * What a live page says when its model file did not load (or is not a model): what the reader sees
 * instead, and what to do. The page carries it (LivePage.astro), so no script ships it.
 */
export const MODEL_FAILED =
  'The calculators could not load their data, so edits are not applied and this page shows the cited values. Reload the page to try again.';

/** The file the browser fetches: its name, made from a hash of its text, and its text. */
export interface RuntimeModelFile {
  /** `runtime-model.<hash>.json`: a new model gets a new name, so a host may cache the file for good. */
  name: string;
  /** The hash in the name: 12 hexadecimal digits of the text's SHA-256. */
  hash: string;
  json: string;
}

const files = new WeakMap<Model, WeakMap<QuantityPages, RuntimeModelFile>>();

/** The runtime model of `model` (with the pages of its derived quantities) as the site's one file, made once for each. */
export function runtimeModelFile(model: Model, pages: QuantityPages): RuntimeModelFile {
  let byPages = files.get(model);
  if (!byPages) files.set(model, (byPages = new WeakMap()));
  let file = byPages.get(pages);
  if (!file) {
    const json = JSON.stringify(runtimeModel(model, pages));
    const hash = createHash('sha256').update(json, 'utf8').digest('hex').slice(0, 12);
    byPages.set(pages, (file = { name: `runtime-model.${hash}.json`, hash, json }));
  }
  return file;
}

/** The page that shows each live derived quantity, so a message can name where a result that cannot be computed is. */
function livePages(slim: Model, pages: QuantityPages): QuantityPages {
  return {
    titles: pages.titles,
    of: Object.fromEntries(Object.entries(pages.of).filter(([id]) => id in slim.quantities)),
  };
}

function slimmed(model: Model): Model {
  const quantities: Record<string, Quantity> = {};
  for (const id of liveOrder(model)) {
    const q = model.quantities[id]!;
    const slim: Record<string, unknown> = {};
    for (const k of KEEP[q.kind]) if (k in q) slim[k] = (q as unknown as Record<string, unknown>)[k];
    quantities[id] = slim as unknown as Quantity;
  }
  return { sources: {}, quantities, units: unitTables(model), ...(model.aliases ? { aliases: model.aliases } : {}) };
}
