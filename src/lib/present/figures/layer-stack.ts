/** The layer stack: one cell per layer, coloured by its feed-forward block, outlined where attention is global. */
import { gridCells } from '../geometry';
import { count, rect, type FigureGeometry } from './shape';

/**
 * The attention layout drawn: local (sliding-window) layers per global one, repeating. From a
 * secondary summary of the technical report (zrss.github.io, "attention"); it is no input yet, so
 * this parameter is the one place it lives until the facts carry it.
 */
export const ATTENTION_PATTERN = { local: 5, global: 1 } as const;

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

/**
 * Each layer's kind, first layer first. With a share s of MoE layers, layer i (from 0) is MoE when
 * ⌊(i+1)·s⌋ > ⌊i·s⌋: a half alternates dense and MoE, starting dense; 1 makes every layer MoE.
 * Which kind comes first no source says: this site's reading.
 */
export function layerKinds(layers: number, moeShare: number, pattern = ATTENTION_PATTERN): LayerKind[] {
  const n = Number.isFinite(layers) ? Math.max(0, Math.round(layers)) : 0;
  const period = pattern.local + pattern.global;
  const share = Math.min(Math.max(moeShare, 0), 1);
  return Array.from({ length: n }, (_, i) => ({
    moe: Math.floor((i + 1) * share + 1e-9) > Math.floor(i * share + 1e-9),
    global: i % period >= pattern.local,
  }));
}

/** How many of `layers` layers have global attention: one per period, and any past the locals of a last, partial one. */
export function globalLayers(layers: number, pattern = ATTENTION_PATTERN): number {
  const n = Number.isFinite(layers) ? Math.max(0, Math.round(layers)) : 0;
  const period = pattern.local + pattern.global;
  return Math.floor(n / period) * pattern.global + Math.max(0, (n % period) - pattern.local);
}

const IDS = { layers: 'arch.layers', share: 'recon.moe_layer_share' };

export const layerStack: FigureGeometry = {
  ids: [IDS.layers, IDS.share],
  draw(value) {
    const layers = value(IDS.layers);
    // Past a few hundred layers a cell would be thinner than a line: the first ones are drawn, and the note says so.
    const { width, gridTop, gridHeight, gap, maxRow, maxCells } = LAYER_STACK;
    const kinds = layerKinds(Math.min(layers, maxCells), value(IDS.share));
    const period = ATTENTION_PATTERN.local + ATTENTION_PATTERN.global;
    const cells = gridCells(kinds.length, period, width, gridHeight, gap, maxRow);
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
        globals: count(globalLayers(layers)),
        drawn: layers > maxCells ? ` Only the first ${count(maxCells)} layers are drawn.` : '',
      },
    };
  },
};
