/**
 * The page's model (`#mai-model`, written by src/lib/present/runtime-model.ts), as the runtime
 * and its compiled program read it, parsed once. Each quantity's id is its key in the JSON (in the
 * program's order) and is put back here. Null on a page without numbers.
 */
import type { Model } from '../lib/engine/model';

let model: Model | null | undefined;

export function pageModel(): Model | null {
  if (model === undefined) {
    const text = document.getElementById('mai-model')?.textContent;
    model = text ? (JSON.parse(text) as Model) : null;
    for (const [id, q] of Object.entries(model?.quantities ?? {})) (q as { id: string }).id = id;
  }
  return model;
}
