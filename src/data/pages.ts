/** Which pages show which quantity, found by reading the MDX sources for ids in quotes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { model } from './facts';
import type { QuantityPages } from '../lib/engine/model';
import { inlineQuantityIdsIn, pagePath, quantityIdsIn } from '../lib/present/page-usage';

const DOCS_DIR = 'content/docs';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/**
 * Quantity id → site paths of the pages that render it: anywhere (calculators too), or only
 * `inline`, as a number in the prose with an anchor of its own that a link can point at.
 */
export function quantityPages(which: 'anywhere' | 'inline' = 'anywhere'): Record<string, string[]> {
  const idsIn = which === 'inline' ? inlineQuantityIdsIn : quantityIdsIn;
  const out: Record<string, string[]> = {};
  const known = new Set(Object.keys(model.quantities));
  for (const file of walk(DOCS_DIR).sort()) {
    const path = pagePath(relative(DOCS_DIR, file), import.meta.env.BASE_URL);
    for (const id of idsIn(readFileSync(file, 'utf8'), known)) (out[id] ??= []).push(path);
  }
  return out;
}

/** The page that shows each derived quantity (its first, in file order), by title: for messages. */
export function derivedPages(): QuantityPages {
  const titles: string[] = [];
  const of: Record<string, number> = {};
  const known = new Set(Object.values(model.quantities).flatMap((q) => (q.kind === 'derived' ? [q.id] : [])));
  for (const file of walk(DOCS_DIR).sort()) {
    const source = readFileSync(file, 'utf8');
    const title = source
      .match(/^title:\s*(.+)$/m)?.[1]
      ?.trim()
      .replace(/^(['"])(.*)\1$/, '$2');
    // Ids in quotes, also as a run's value (`compare.gpu_hours@deepseek-v3`).
    const ids = quantityIdsIn(source.replace(/@[a-z0-9-]+(?=["'])/g, ''), known).filter((id) => !(id in of));
    if (!title || ids.length === 0) continue;
    titles.push(title);
    for (const id of ids) of[id] = titles.length - 1;
  }
  return { titles, of };
}
