/**
 * The figures' live redraw, in gzip bytes per page, read from the built site (issue 17: "the
 * script that updates diagrams adds at most 3 kB gzip in all"). A page's figures are its
 * `data-figure` SVGs. Their redraw is the chunk src/client/figures-draw.ts (loaded at the first
 * change of a value) and, for each figure, the chunk of the module its `LOAD` entry imports (the
 * architecture page's three figures share one); with every static import of those. Counted are the
 * chunks of that set that nothing else on the page needs: not the page's own scripts, not what its
 * other lazy code loads (the engine, the citation, the table of changes). The few lines in the
 * page's boot script that load the redraw (src/client/figures.ts) sit in a shared chunk and are
 * not counted here.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { closure, loadedBy, matches, moduleGraph, pages } from './bytes.mjs';

const DRAW_CHUNK = /\/figures-draw\.[\w-]+\.js$/;

/**
 * Figure name → the basename of the module its geometry is loaded from, read from the source of
 * figures-draw.ts (`'layer-stack': () => architecture().then(…)` with `const architecture = () =>
 * import('…/architecture')`, or `racks: () => import('…/racks').then(…)`). Vite names a dynamic
 * chunk after its module, so the basename finds the chunk.
 */
export function figureModules(source) {
  const aliases = Object.fromEntries(
    [...source.matchAll(/const (\w+) = \(\) => import\('[^']*\/([\w-]+)'\)/g)].map((m) => [m[1], m[2]]),
  );
  const load = source.slice(source.indexOf('const LOAD'));
  const out = {};
  for (const [, quoted, bare, alias, direct] of load.matchAll(
    /^\s*(?:'([\w-]+)'|(\w+)): \(\) => (?:(\w+)\(\)|import\('[^']*\/([\w-]+)'\))/gm,
  ))
    out[quoted ?? bare] = direct ?? aliases[alias];
  return out;
}

/** Each page with figures: their names, the files counted (URL paths) and their gzip bytes. */
export function figureBytes(dist, base = '/') {
  const graph = moduleGraph(dist);
  const modules = figureModules(readFileSync(new URL('../../src/client/figures-draw.ts', import.meta.url), 'utf8'));
  const out = {};
  for (const [page, file] of pages(dist)) {
    const html = readFileSync(file, 'utf8');
    const figures = [...new Set(matches(/\bdata-figure="([\w-]+)"/g, html))];
    if (!figures.length) continue;
    const loaded = loadedBy(html, graph, base);
    const lazyRoots = [...new Set([...loaded].flatMap((url) => graph(url).dynamic))].filter((u) => !loaded.has(u));
    const draw = lazyRoots.find((u) => DRAW_CHUNK.test(u));
    if (!draw) throw new Error(`${page}: it has figures, but loads no figures-draw chunk.`);
    const others = new Set([
      ...loaded,
      ...closure(
        graph,
        lazyRoots.filter((u) => u !== draw),
      ),
    ]);
    const chunks = figures.map((name) => {
      const module = modules[name];
      const chunk = module && graph(draw).dynamic.find((u) => posix.basename(u).startsWith(`${module}.`));
      if (!chunk) throw new Error(`${page}: no chunk found for figure "${name}" (module "${module}").`);
      return chunk;
    });
    const files = [...closure(graph, [draw, ...chunks])].filter((u) => !others.has(u));
    out[page] = { figures, files, bytes: files.reduce((n, u) => n + graph(u).bytes, 0) };
  }
  return out;
}
