/**
 * Redraws the page's figures when its values change: each `svg[data-figure]` is drawn again by
 * the same geometry function the build used (src/lib/present/figures/), from the values that
 * VALUES_APPLIED carries (src/client/figures.ts loads this module at the first one). A figure's
 * geometry is loaded the first time it is needed, so a page ships only its own figures' code.
 * The numbers in a figure's
 * labels are the page's number writer's (it writes them before this event); this module writes
 * the shapes, the texts the geometry computes, and the description, filled from its template
 * with the numbers as the page now shows them.
 */
import type { FigureName } from '../lib/present/figures';
import { fillDescription, type FigureGeometry, type Shape } from '../lib/present/figures/shape';
import type { ValuesApplied } from './events';

// The architecture page's three figures share one chunk; each other page has one figure.
const architecture = () => import('../lib/present/figures/architecture');
const LOAD: Record<FigureName, () => Promise<FigureGeometry>> = {
  'layer-stack': () => architecture().then((m) => m.layerStack),
  params: () => architecture().then((m) => m.params),
  'latent-moe': () => architecture().then((m) => m.latentMoe),
  racks: () => import('../lib/present/figures/racks').then((m) => m.racks),
  stages: () => import('../lib/present/figures/stages').then((m) => m.stages),
  flops: () => import('../lib/present/figures/flops').then((m) => m.flops),
};

function element(s: Shape): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', s.tag);
  for (const [k, v] of Object.entries(s.attrs)) el.setAttribute(k, String(v));
  el.textContent = s.text ?? '';
  return el;
}

/** Draws one figure again from `values`: its shapes, its computed texts, its description. */
function redraw(svg: SVGSVGElement, figure: FigureGeometry, values: ValuesApplied['values']): void {
  const { shapes, texts } = figure.draw((id) => values[id] ?? NaN);
  const frame = svg.closest('figure') ?? svg;
  svg.querySelector('[data-draw]')?.replaceChildren(...shapes.map(element));
  for (const el of frame.querySelectorAll<HTMLElement | SVGElement>('[data-figure-text]')) {
    const t = texts[el.dataset['figureText']!];
    if (t !== undefined && el.textContent !== t) el.textContent = t;
  }
  const desc = svg.querySelector<SVGElement>('desc[data-template]');
  // The description names quantities by id; their texts are read from the figure, as the number writer left them.
  const text = (id: string) => frame.querySelector(`[data-quantity="${id}"] .q-text`)?.textContent?.trim() ?? '';
  if (desc) desc.textContent = fillDescription(desc.dataset['template']!, text, texts);
}

/** The page's latest values: a geometry that loads late draws these, whichever event asked first. */
let latest: ValuesApplied['values'] = {};

/**
 * Redraws every figure that shows one of the changed quantities. A figure's geometry is loaded at
 * its first redraw; later ones get the same module (a module is loaded once).
 */
export function redrawFigures({ values, changed }: ValuesApplied): void {
  latest = values;
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-figure]'))
    void LOAD[svg.dataset['figure'] as FigureName]?.().then((figure) => {
      if (figure.ids.some((id) => changed.includes(id))) redraw(svg, figure, latest);
    });
}
