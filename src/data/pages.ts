/** Which pages show which quantity, found by reading the MDX sources for ids in quotes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { model } from './facts';
import { pagePath, quantityIdsIn } from '../lib/present/page-usage';

const DOCS_DIR = 'content/docs';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Quantity id → site paths of the pages that render it. */
export function quantityPages(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const known = new Set(Object.keys(model.quantities));
  for (const file of walk(DOCS_DIR).sort()) {
    const path = pagePath(relative(DOCS_DIR, file), import.meta.env.BASE_URL);
    for (const id of quantityIdsIn(readFileSync(file, 'utf8'), known)) (out[id] ??= []).push(path);
  }
  return out;
}
