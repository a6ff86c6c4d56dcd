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

const LOAD: Record<FigureName, () => Promise<FigureGeometry>> = {
  'layer-stack': () => import('../lib/present/figures/layer-stack').then((m) => m.layerStack),
  params: () => import('../lib/present/figures/params').then((m) => m.params),
  'latent-moe': () => import('../lib/present/figures/latent-moe').then((m) => m.latentMoe),
  racks: () => import('../lib/present/figures/racks').then((m) => m.racks),
  stages: () => import('../lib/present/figures/stages').then((m) => m.stages),
  flops: () => import('../lib/present/figures/flops').then((m) => m.flops),
};

function element(s: Shape): SVGElement {
  const el = document.createElementNS('http://www.w3.org/2000/svg', s.tag);
  for (const [k, v] of Object.entries(s.attrs)) el.setAttribute(k, String(v));
  if (s.text !== undefined) el.textContent = s.text;
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

/** Each figure's geometry, loading or loaded. */
const loaded = new Map<string, Promise<FigureGeometry>>();
/** The page's latest values: a geometry that loads late draws these, whichever event asked first. */
let latest: ValuesApplied['values'] = {};

/** Redraws every figure that shows one of the changed quantities. */
export function redrawFigures({ values, changed }: ValuesApplied): void {
  latest = values;
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-figure]')) {
    const name = svg.dataset['figure'] as FigureName;
    if (!LOAD[name]) continue;
    let load = loaded.get(name);
    if (!load) loaded.set(name, (load = LOAD[name]()));
    void load.then((figure) => {
      if (figure.ids.some((id) => changed.includes(id))) redraw(svg, figure, latest);
    });
  }
}
