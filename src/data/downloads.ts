/** The site's data downloads: which pages have a table of numbers, and the rows of each. */
import { citedValues, engine } from './facts';
import { quantityPages } from './pages';
import { dataRow, idsByPage, pageSlug, withDependencies, type DataRow } from '../lib/present/data-export';
import { pagePath } from '../lib/present/page-usage';
import { citedRanges } from '../lib/audit/intervals';

/** A quantity's row at the cited values, with its range at the sources' precision. */
const row = (id: string): DataRow => dataRow(engine.model, citedValues, id, citedRanges(engine)(id));

/** A page's download: its path, file name, the ids it shows, and rows for those and their dependencies. */
export interface PageData {
  path: string;
  slug: string;
  shown: string[];
  rows: DataRow[];
}

let cache: PageData[] | undefined;

/** Every page that shows numbers, with its download (computed once per build). */
export function pageData(): PageData[] {
  const base = import.meta.env.BASE_URL;
  return (cache ??= [...idsByPage(quantityPages(), engine.order)].map(([path, shown]) => ({
    path,
    slug: pageSlug(path, base),
    shown,
    rows: withDependencies(engine, shown).map(row),
  })));
}

/** Every quantity of the site, in evaluation order. */
export const siteRows = (): DataRow[] => engine.order.map(row);

const DOCS_DIR = 'content/docs/';

/** The docs page of a content file (`content/docs/stages.mdx`): its path, data file name and download, if it has numbers. Undefined for anything else (the 404 page). */
export function docsPage(
  filePath: string | undefined,
): { path: string; slug: string; data: PageData | undefined } | undefined {
  const file = filePath?.replace(/^\.\//, '');
  if (!file?.startsWith(DOCS_DIR)) return undefined;
  const path = pagePath(file.slice(DOCS_DIR.length), import.meta.env.BASE_URL);
  const data = pageData().find((p) => p.path === path);
  return { path, slug: pageSlug(path, import.meta.env.BASE_URL), data };
}
