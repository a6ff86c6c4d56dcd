/**
 * JavaScript shipped per page, in gzip bytes, read from the built site (dist/): deterministic,
 * so `npm test` can hold it to budget. A page loads its inline scripts, its `<script src>`,
 * modulepreload links and island modules (`component-url`, `renderer-url`), and every static
 * import of those; a dynamic `import()` (the engine) loads only on a reader's first intent, and
 * is counted, with its own dynamic imports at any depth, as code loaded after use.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mathjsMarkers } from './mathjs.mjs';

/** Gzip size of a text, in bytes, at the default level (what Vite and most servers use). */
export const gzipBytes = (text) => gzipSync(text).length;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const ATTR = (name) => new RegExp(`\\b${name}="([^"]*)"`);
const URL_ATTRS = [/<script\b[^>]*\bsrc="([^"]*)"/g, /<link\b[^>]*rel="modulepreload"[^>]*href="([^"]*)"/g];
const ISLAND_ATTRS = [/\bcomponent-url="([^"]*)"/g, /\brenderer-url="([^"]*)"/g, /\bbefore-hydration-url="([^"]*)"/g];
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

export const matches = (re, text) => [...text.matchAll(re)].map((m) => m[1]);

/** Every built page, as [url path, file] ("/pretraining/" → dist/pretraining/index.html). */
export function pages(dist) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(file);
      } else if (name.endsWith('.html')) {
        const path = '/' + relative(dist, file).split('\\').join('/');
        out.push([path.replace(/index\.html$/, ''), file]);
      }
    }
  };
  walk(dist);
  return out.sort(([a], [b]) => a.localeCompare(b));
}

/** The site's module graph: each file in dist/_astro with its static and dynamic imports. */
export function moduleGraph(dist) {
  const cache = new Map();
  return (url) => {
    let mod = cache.get(url);
    if (!mod) {
      const text = readFileSync(join(dist, url), 'utf8');
      const resolve = (spec) => posix.join(posix.dirname(url), spec);
      mod = {
        bytes: gzipBytes(text),
        imports: matches(STATIC_IMPORT, text).map(resolve),
        dynamic: matches(DYNAMIC_IMPORT, text).map(resolve),
      };
      cache.set(url, mod);
    }
    return mod;
  };
}

/**
 * The modules `roots` load, with every static import, as a set of URLs; with `lazy`, also every
 * dynamic import, at any depth: all the code they may load later (a lazy chunk's own lazy chunks).
 */
export function closure(graph, roots, lazy = false) {
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url)) return;
    seen.add(url);
    graph(url).imports.forEach(visit);
    if (lazy) graph(url).dynamic.forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

const sum = (graph, urls) => [...urls].reduce((n, url) => n + graph(url).bytes, 0);

/** The modules a page loads before any interaction: its scripts, preloads and islands, with every static import. */
export function loadedBy(html, graph, base = '/') {
  const local = (u) => (u.startsWith(base) ? '/' + u.slice(base.length) : u);
  return closure(graph, [...URL_ATTRS, ...ISLAND_ATTRS].flatMap((re) => matches(re, html)).map(local));
}

/**
 * JavaScript of one page, gzip bytes: `before` any interaction (inline scripts included), and the
 * files it may load later (`lazyFiles`, with their `lazyBytes`). `calculator`: the page has one;
 * `numbers`: it shows any.
 */
export function pageBytes(html, graph, base = '/') {
  let inline = 0;
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    const type = attrs.match(ATTR('type'))?.[1];
    if (!ATTR('src').test(attrs) && body.trim() && (!type || type === 'module')) inline += gzipBytes(body);
  }
  const loaded = loadedBy(html, graph, base);
  // Every dynamic import of what the page loads (the engine, the scenario, Starlight's search UI);
  // byte-budgets.mjs tells the page's own from the floor's (the baseline page's).
  const lazyRoots = [...loaded].flatMap((url) => graph(url).dynamic).filter((url) => !loaded.has(url));
  // Lazy chunks' own dynamic imports count too: code split off the runtime still loads after use.
  const lazy = [...closure(graph, lazyRoots, true)].filter((url) => !loaded.has(url));
  const before = inline + sum(graph, loaded);
  // The engine: the live page's runtime chunk (src/client/runtime.ts), what it imports, and what
  // those load lazily.
  const engineRoots = lazyRoots.filter((url) => /\/runtime\.[\w-]+\.js$/.test(url));
  const engine = [...closure(graph, engineRoots, true)].filter((url) => !loaded.has(url));
  return {
    before,
    engine: sum(graph, engine),
    lazyFiles: lazy,
    lazyBytes: Object.fromEntries(lazy.map((url) => [url, graph(url).bytes])),
    calculator: html.includes('<form class="calc'),
    numbers: html.includes('data-quantity='),
  };
}

/** Every JavaScript file of the built site (dist/_astro) that contains mathjs, with the markers found. */
export function mathjsChunks(dist) {
  const dir = join(dist, '_astro');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `_astro/${f}`, markers: mathjsMarkers(readFileSync(join(dir, f), 'utf8')) }))
    .filter((c) => c.markers.length > 0);
}

/** `pageBytes` for every page of a built site, keyed by URL path. */
export function siteBytes(dist, base = '/') {
  const graph = moduleGraph(dist);
  return Object.fromEntries(
    pages(dist).map(([path, file]) => [path, pageBytes(readFileSync(file, 'utf8'), graph, base)]),
  );
}
