/** The layer stack: one cell per layer, coloured by its feed-forward block, outlined where attention is global. */
import { clamp, gridCells } from '../geometry';
import { count, rect, type FigureGeometry } from './shape';

/**
 * The local (sliding-window) layers before each global one, as the input `recon.local_per_global`
 * names them: a whole number from 0 to 1000; each repeat of the pattern is these and one global.
 */
export const localLayers = (localPerGlobal: number): number =>
  Number.isFinite(localPerGlobal) ? clamp(Math.round(localPerGlobal), 0, 1000) : 0;

/** The figure's frame, in SVG units: the legend above, the grid below it. */
export const LAYER_STACK = {
  width: 400,
  gridTop: 60,
  gridHeight: 240,
  height: 300,
  gap: 4,
  maxRow: 22,
  maxCells: 600,
} as const;

/** What one layer is: a mixture-of-experts layer or a dense one, with global or local attention. */
export interface LayerKind {
  moe: boolean;
  global: boolean;
}

/** A count of layers as a whole number, none for one that is not a number. */
const whole = (n: number): number => (Number.isFinite(n) ? Math.max(0, Math.round(n)) : 0);

/**
 * Each layer's kind, first layer first, with `local` local layers before each global one. With a
 * share s of MoE layers, layer i (from 0) is MoE when ⌊(i+1)·s⌋ > ⌊i·s⌋: a half alternates dense
 * and MoE, starting dense; 1 makes every layer MoE. Which kind comes first no source says: this
 * site's reading.
 */
export function layerKinds(layers: number, moeShare: number, local: number): LayerKind[] {
  const share = clamp(moeShare, 0, 1);
  return Array.from({ length: whole(layers) }, (_, i) => ({
    moe: Math.floor((i + 1) * share + 1e-9) > Math.floor(i * share + 1e-9),
    global: i % (local + 1) === local,
  }));
}

/** How many of `layers` layers have global attention: one per repeat of `local` local layers and a global one. */
export const globalLayers = (layers: number, local: number): number => Math.floor(whole(layers) / (local + 1));

const IDS = ['arch.layers', 'recon.moe_layer_share', 'recon.local_per_global'] as const;

export const layerStack: FigureGeometry = {
  ids: IDS,
  draw(value) {
    const layers = value(IDS[0]);
    // Past a few hundred layers a cell would be thinner than a line: the first ones are drawn, and the note says so.
    const { width, gridTop, gridHeight, gap, maxRow, maxCells } = LAYER_STACK;
    const local = localLayers(value(IDS[2]));
    const kinds = layerKinds(Math.min(layers, maxCells), value(IDS[1]), local);
    const cells = gridCells(kinds.length, local + 1, width, gridHeight, gap, maxRow);
    return {
      shapes: cells.map((c, i) =>
        rect(
          c.x,
          c.y + gridTop,
          c.w,
          c.h,
          `fig-${kinds[i]!.moe ? 'moe' : 'dense'}${kinds[i]!.global ? ' fig-global' : ''}`,
        ),
      ),
      texts: {
        globals: count(globalLayers(layers, local)),
        period: count(local + 1),
        drawn: layers > maxCells ? ` Only the first ${count(maxCells)} layers are drawn.` : '',
      },
    };
  },
};
