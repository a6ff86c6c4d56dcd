/** Where the site shows a quantity and which calculator recomputes it, found by reading the MDX pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pagePath, quantityIdsIn } from '../present/page-usage';

/** A calculator placed on a page: its anchor (as Calculator.astro names it) and the ids it lists. */
export interface CalculatorUse {
  title: string;
  anchor: string;
  ids: string[];
}

/** The anchor of a calculator with this title: `calc-` and the island's slug of the title. */
export const calculatorAnchor = (title: string): string => `calc-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** The `<Calculator title="…" inputs={[…]} outputs={[…]} />` elements of an MDX source. */
export function calculatorsIn(source: string, known: ReadonlySet<string>): CalculatorUse[] {
  const out: CalculatorUse[] = [];
  for (const m of source.matchAll(/<Calculator\b([\s\S]*?)\/>/g)) {
    const attrs = m[1]!;
    const title = /\btitle=(?:"([^"]*)"|'([^']*)')/.exec(attrs);
    const text = title?.[1] ?? title?.[2];
    if (text === undefined) continue;
    out.push({ title: text, anchor: calculatorAnchor(text), ids: quantityIdsIn(attrs, known) });
  }
  return out;
}

/** Where a reader meets a quantity: the number on a page, and the calculator that recomputes it. */
export interface QuantityLinks {
  /** `<page>#<id>`: the first inline number of the quantity on that page. */
  number: string | undefined;
  /** `<page>#calc-…`: a calculator that lists the quantity. */
  calculator: string | undefined;
}

/** The MDX files under a folder, sorted. */
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : []))
    .sort();

/** Ids rendered inline by `<Q id="…" />` in an MDX source. */
export const inlineIdsIn = (source: string): string[] =>
  [...source.matchAll(/<Q\s[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1]!);

/**
 * Quantity id → its links, from the pages in `docsDir`. A page that has both the number and its
 * calculator is preferred; otherwise the first page (in file order) with each.
 */
export function quantityLinks(
  docsDir: string,
  base: string,
  known: ReadonlySet<string>,
): Record<string, QuantityLinks> {
  const pages = walk(docsDir).map((file) => {
    const source = readFileSync(file, 'utf8');
    const path = pagePath(relative(docsDir, file), base);
    const calcs = new Map<string, string>();
    for (const c of calculatorsIn(source, known)) for (const id of c.ids) if (!calcs.has(id)) calcs.set(id, c.anchor);
    return { path, inline: new Set(inlineIdsIn(source)), calcs };
  });
  const out: Record<string, QuantityLinks> = {};
  for (const id of known) {
    const both = pages.find((p) => p.inline.has(id) && p.calcs.has(id));
    const numberPage = both ?? pages.find((p) => p.inline.has(id));
    const calcPage = both ?? pages.find((p) => p.calcs.has(id));
    if (!numberPage && !calcPage) continue;
    out[id] = {
      number: numberPage && `${numberPage.path}#${id}`,
      calculator: calcPage && `${calcPage.path}#${calcPage.calcs.get(id)}`,
    };
  }
  return out;
}
