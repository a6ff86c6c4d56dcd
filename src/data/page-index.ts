/**
 * The one usage index: every page's MDX parsed once, by the parser Astro's MDX uses (satteri's
 * mdast), into what it shows (src/lib/present/page-usage.ts). Where-used, /facts.json pages, the
 * downloads, the audit's links and the page-rule tests all read it; nothing scans MDX text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { calculatorAnchor, pagePath, type PageIndex, type PageUsage } from '../lib/present/page-usage';

/** A page's MDX that the index cannot read: names the file, the element and the attribute. */
export class PageUsageError extends Error {
  constructor(file: string, element: string, attribute: string, detail: string) {
    super(`${file}: <${element}>, attribute "${attribute}": ${detail}`);
    this.name = 'PageUsageError';
  }
}

interface Attribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Attribute[];
  children?: Node[];
}

/** Where the figure components live; an element imported from there is a figure. */
const FIGURES_FOLDER = '/components/figures/';

/** The names an MDX page imports from the figures folder (`import Racks from '…/figures/Racks.astro'`). */
function figureImports(esm: string): Set<string> {
  const names = new Set<string>();
  for (const statement of esm.split(/;|\n/)) {
    const [, name, from] = /^\s*import\s+(\w+)\s+from\s+['"]([^'"]+)['"]\s*$/.exec(statement) ?? [];
    if (name && from?.includes(FIGURES_FOLDER)) names.add(name);
  }
  return names;
}

/**
 * A list of ids written as a JavaScript array of string literals (`{['a.b', 'c.d']}`), read
 * strictly: anything else is an error, so that no id can hide from the index.
 */
function idList(expression: string, fail: (detail: string) => never): string[] {
  const body = expression.trim();
  if (!body.startsWith('[') || !body.endsWith(']')) fail("must be a list of quoted ids, ['topic.name', …]");
  return body
    .slice(1, -1)
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const quote = item[0];
      if (
        (quote !== "'" && quote !== '"') ||
        item.at(-1) !== quote ||
        item.length < 2 ||
        item.slice(1, -1).includes(quote)
      )
        fail(`${item} is not a quoted id; write each id as a string literal`);
      return item.slice(1, -1);
    });
}

/** The page's title, from its frontmatter (the `yaml` node the parser gives first). */
function frontmatterTitle(tree: Node): string {
  const yaml = tree.children?.find((n) => n.type === 'yaml');
  const data: unknown = typeof yaml?.value === 'string' ? parseYaml(yaml.value) : undefined;
  const title = data && typeof data === 'object' && 'title' in data ? data.title : undefined;
  return typeof title === 'string' ? title : '';
}

/** What one page shows, from its source; `file` is relative to the docs folder. */
export function pageUsage(source: string, file: string, base = '/'): PageUsage {
  const tree = (file.endsWith('.mdx') ? mdxToMdast(source) : markdownToMdast(source)) as unknown as Node;
  const usage: PageUsage = {
    file,
    path: pagePath(file, base),
    title: frontmatterTitle(tree),
    inline: [],
    calculators: [],
    charts: [],
    figures: [],
    callouts: [],
    runValues: [],
  };
  // Imports come first in MDX, but read them all before any element, wherever they stand.
  const figures = new Set<string>();
  for (const node of tree.children ?? [])
    if (node.type === 'mdxjsEsm' && typeof node.value === 'string')
      for (const name of figureImports(node.value)) figures.add(name);
  const add = (list: string[], id: string) => {
    if (!list.includes(id)) list.push(id);
  };

  const visit = (node: Node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) element(node, node.name);
    for (const child of node.children ?? []) visit(child);
  };

  const element = (node: Node, name: string) => {
    const attr = (key: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === key);
    const fail =
      (key: string) =>
      (detail: string): never => {
        throw new PageUsageError(file, name, key, detail);
      };
    /** A string attribute (`id="…"`); an expression there is refused, since the index could not read it. */
    const text = (key: string, required = true): string | undefined => {
      const a = attr(key);
      if (!a) return required ? fail(key)('is missing') : undefined;
      if (typeof a.value !== 'string') return fail(key)('must be a quoted string, not an expression');
      return a.value;
    };
    const list = (key: string): string[] => {
      const a = attr(key);
      if (!a) return [];
      if (typeof a.value === 'string' || !a.value) return fail(key)('must be a list, {[…]}');
      return idList(a.value.value, fail(key));
    };
    if (node.attributes?.some((a) => a.type !== 'mdxJsxAttribute'))
      fail('{…}')('spreads its attributes, so the index cannot read them');

    if (name === 'Q') add(usage.inline, text('id')!);
    else if (name === 'Calculator') {
      const title = text('title')!;
      usage.calculators.push({
        title,
        anchor: calculatorAnchor(title),
        inputs: list('inputs'),
        outputs: list('outputs'),
      });
    } else if (name === 'BarChart') {
      for (const id of [...list('bars'), ...list('shares')]) add(usage.charts, id);
      const scale = text('scale', false);
      if (scale) add(usage.charts, scale);
    } else if (name === 'ClaimCallout') add(usage.callouts, text('id')!);
    else if (name === 'RunValue') add(usage.runValues, text('of')!);
    else if (figures.has(name)) add(usage.figures, name);
  };

  visit(tree);
  return usage;
}

/** The MDX and Markdown files under a folder, sorted. */
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : []))
    .sort();

/** The usage index of every page in `docsDir`, with site paths under `base`. */
export function readPageIndex(docsDir: string, base = '/'): PageIndex {
  return walk(docsDir).map((path) => pageUsage(readFileSync(path, 'utf8'), relative(docsDir, path), base));
}
