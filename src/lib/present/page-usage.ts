/**
 * What each page shows, as the one usage index records it (src/data/page-index.ts reads the MDX
 * once per build): its inline numbers, calculators, charts and figures. Everything that asks
 * "which page shows this" answers from the index through the functions here.
 */

/** A calculator placed on a page: its anchor (as Calculator.astro names it) and the ids it lists. */
export interface CalculatorUse {
  title: string;
  anchor: string;
  inputs: string[];
  outputs: string[];
}

/** Everything one page shows, in document order, each id once per list. */
export interface PageUsage {
  /** The page's file, relative to the docs folder (`guide/run.mdx`). */
  file: string;
  /** Its site path under the base (`/docs/guide/run/`). */
  path: string;
  /** Its title, from the frontmatter ('' where it has none). */
  title: string;
  /** Ids of the inline numbers (`<Q id="…" />`): each has an anchor of its own. */
  inline: string[];
  calculators: CalculatorUse[];
  /** Ids a chart on the page draws (`<BarChart bars shares scale />`). */
  charts: string[];
  /** The figure components the page places (`<FlopsPerToken />`), by name. */
  figures: string[];
  /** Claims the page shows as a callout (`<ClaimCallout id="…" />`). */
  callouts: string[];
  /** Run values the page writes (`<RunValue of="id@run" />`); they do not count as the site's cited value. */
  runValues: string[];
}

/** The usage of every page, in file order. */
export type PageIndex = readonly PageUsage[];

/** The anchor of a calculator with this title: `calc-` and the island's slug of the title. */
export const calculatorAnchor = (title: string): string => `calc-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** The site path of a docs file: `pretraining.mdx` → `/pretraining/`, `index.mdx` → `/`. */
export function pagePath(file: string, base = '/'): string {
  const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return underBase(base, slug ? `${slug}/` : '');
}

/** A path of the site under its base ("/" or "/docs"): `underBase('/docs', 'method/')` is "/docs/method/". */
export const underBase = (base: string, path: string): string => `${base.endsWith('/') ? base : `${base}/`}${path}`;

/** Every quantity id a page shows: inline, in a calculator or in a chart, each once. */
export const idsShownOn = (page: PageUsage): string[] => [
  ...new Set([...page.inline, ...page.calculators.flatMap((c) => [...c.inputs, ...c.outputs]), ...page.charts]),
];

/**
 * Quantity id → site paths of the pages that show it: anywhere (calculators and charts too), or
 * only `inline`, as a number in the prose with an anchor of its own that a link can point at.
 */
export function quantityPages(index: PageIndex, which: 'anywhere' | 'inline' = 'anywhere'): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const page of index)
    for (const id of which === 'inline' ? page.inline : idsShownOn(page)) (out[id] ??= []).push(page.path);
  return out;
}

/** Where a reader meets a quantity: the number on a page, and the calculator that recomputes it. */
export interface QuantityLinks {
  /** `<page>#<id>`: the first inline number of the quantity on that page. */
  number: string | undefined;
  /** `<page>#calc-…`: a calculator that lists the quantity. */
  calculator: string | undefined;
}

/**
 * Quantity id → its links. A page that has both the number and its calculator is preferred;
 * otherwise the first page (in file order) with each.
 */
export function quantityLinks(index: PageIndex): Record<string, QuantityLinks> {
  const pages = index.map((p) => {
    const calcs = new Map<string, string>();
    for (const c of p.calculators)
      for (const id of [...c.inputs, ...c.outputs]) if (!calcs.has(id)) calcs.set(id, c.anchor);
    return { path: p.path, inline: new Set(p.inline), calcs };
  });
  const ids = new Set(pages.flatMap((p) => [...p.inline, ...p.calcs.keys()]));
  const out: Record<string, QuantityLinks> = {};
  for (const id of ids) {
    const both = pages.find((p) => p.inline.has(id) && p.calcs.has(id));
    const numberPage = both ?? pages.find((p) => p.inline.has(id));
    const calcPage = both ?? pages.find((p) => p.calcs.has(id));
    out[id] = {
      number: numberPage && `${numberPage.path}#${id}`,
      calculator: calcPage && `${calcPage.path}#${calcPage.calcs.get(id)}`,
    };
  }
  return out;
}
