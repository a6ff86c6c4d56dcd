/** The layer stack: one cell per layer, coloured by its feed-forward block, outlined where attention is global. */
import { gridCells } from '../geometry';
import { count, rect, type FigureGeometry } from './shape';

/** An attention layout: local (sliding-window) layers per global one, repeating. */
export interface AttentionPattern {
  local: number;
  global: number;
}

/** The pattern the input `recon.local_per_global` names: a whole number of local layers, then one global. */
export const patternOf = (localPerGlobal: number): AttentionPattern => ({
  local: Number.isFinite(localPerGlobal) ? Math.min(Math.max(Math.round(localPerGlobal), 0), 1000) : 0,
  global: 1,
});

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
export function layerKinds(layers: number, moeShare: number, pattern: AttentionPattern): LayerKind[] {
  const n = Number.isFinite(layers) ? Math.max(0, Math.round(layers)) : 0;
  const period = pattern.local + pattern.global;
  const share = Math.min(Math.max(moeShare, 0), 1);
  return Array.from({ length: n }, (_, i) => ({
    moe: Math.floor((i + 1) * share + 1e-9) > Math.floor(i * share + 1e-9),
    global: i % period >= pattern.local,
  }));
}

/** How many of `layers` layers have global attention: one per period, and any past the locals of a last, partial one. */
export function globalLayers(layers: number, pattern: AttentionPattern): number {
  const n = Number.isFinite(layers) ? Math.max(0, Math.round(layers)) : 0;
  const period = pattern.local + pattern.global;
  return Math.floor(n / period) * pattern.global + Math.max(0, (n % period) - pattern.local);
}

const IDS = { layers: 'arch.layers', share: 'recon.moe_layer_share', pattern: 'recon.local_per_global' };

export const layerStack: FigureGeometry = {
  ids: [IDS.layers, IDS.share, IDS.pattern],
  draw(value) {
    const layers = value(IDS.layers);
    // Past a few hundred layers a cell would be thinner than a line: the first ones are drawn, and the note says so.
    const { width, gridTop, gridHeight, gap, maxRow, maxCells } = LAYER_STACK;
    const pattern = patternOf(value(IDS.pattern));
    const kinds = layerKinds(Math.min(layers, maxCells), value(IDS.share), pattern);
    const period = pattern.local + pattern.global;
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
        globals: count(globalLayers(layers, pattern)),
        period: count(period),
        drawn: layers > maxCells ? ` Only the first ${count(maxCells)} layers are drawn.` : '',
      },
    };
  },
};
