/** Finding the quantities a page uses, from its MDX source. */

/** Ids in quotes in an MDX source that name known quantities (`<Q id="…">`, calculator lists). */
export function quantityIdsIn(source: string, known: ReadonlySet<string>): string[] {
  const ids = new Set<string>();
  for (const m of source.matchAll(/["']([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+)["']/g))
    if (known.has(m[1]!)) ids.add(m[1]!);
  return [...ids];
}

/** Ids of the inline numbers (`<Q id="…">`) in an MDX source: the ones with an anchor of their own. */
export function inlineQuantityIdsIn(source: string, known: ReadonlySet<string>): string[] {
  const ids = new Set<string>();
  for (const m of source.matchAll(/<Q\b[^>]*?\bid=["']([^"']+)["']/g)) if (known.has(m[1]!)) ids.add(m[1]!);
  return [...ids];
}

/** The site path of a docs file: `pretraining.mdx` → `/pretraining/`, `index.mdx` → `/`. */
export function pagePath(file: string, base = '/'): string {
  const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  const root = base.endsWith('/') ? base : `${base}/`;
  return slug ? `${root}${slug}/` : root;
}
