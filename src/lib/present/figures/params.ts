/**
 * Where the reconstructed parameters sit (experts, attention, dense FFN, router and projections,
 * embeddings): all of them and the active ones on one scale, and the active ones enlarged. The
 * parts' shares are quantities (architecture.yaml), which the figure's description and table show.
 */
import { clampLabel, linearScale, textWidth, visibleLabels } from '../geometry';
import { label, rect, type FigureGeometry, type Shape, type ValueOf } from './shape';

/** The frame: three bars (all, active, active enlarged), labels above the enlarged one, a legend. */
export const PARAMS = { width: 400, barHeight: 22, bars: [26, 84, 164], labelY: 158, font: 14, height: 280 } as const;

/** The parts' names, in the order they are stacked (and coloured: fig-s0, fig-s1, …). */
export const PART_NAMES = ['Experts', 'Attention', 'Dense FFN', 'Router, projections', 'Embeddings'] as const;

/** The facts' parts of the reconstruction's sums, in stacking order: all, then active where they differ. */
const PART_IDS = [
  'recon.expert_params',
  'recon.attention_params',
  'recon.dense_ffn_params',
  'recon.moe_shared_params',
  'recon.embedding_params',
  'recon.active_expert_params',
];

/** The parts of recon.total_params and recon.active_params, read from the facts: only the experts differ. */
export const paramParts = (value: ValueOf): { total: number[]; active: number[] } => {
  const total = PART_IDS.slice(0, 5).map((id) => Math.max(value(id), 0));
  return { total, active: [Math.max(value(PART_IDS[5]!), 0), ...total.slice(1)] };
};

/** Segments of a stacked bar of `sizes` from 0 on a scale where `full` fills `width`: each one's start and end. */
export function stack(sizes: readonly number[], full: number, width: number): [number, number][] {
  const x = linearScale(0, full, 0, width);
  let at = 0;
  return sizes.map((s) => [x(at), x((at += Math.max(s, 0)))]);
}

const sum = (a: number[]) => a.reduce((n, v) => n + v, 0);

export const params: FigureGeometry = {
  ids: PART_IDS,
  draw(value) {
    const { width, barHeight, bars, labelY, font } = PARAMS;
    const { total, active } = paramParts(value);
    const shapes: Shape[] = [];
    const draw = (segments: [number, number][], y: number) =>
      segments.forEach(([x0, x1], i) => shapes.push(rect(x0, y, x1 - x0, barHeight, `fig-s${i}`)));
    draw(stack(total, sum(total), width), bars[0]);
    draw(stack(active, sum(total), width), bars[1]);
    const enlarged = stack(active, sum(active), width);
    draw(enlarged, bars[2]);
    // Names above the enlarged bar where they fit, the largest parts first; the legend has them all.
    const size = (i: number) => enlarged[i]![1] - enlarged[i]![0];
    const order = PART_NAMES.map((_, i) => i).sort((a, b) => size(b) - size(a));
    const spans = order.map((i) =>
      clampLabel((enlarged[i]![0] + enlarged[i]![1]) / 2, textWidth(PART_NAMES[i]!, font), width),
    );
    const shown = visibleLabels(spans, 4);
    order.forEach((i, k) => {
      if (shown[k] && size(i) >= 2) shapes.push(label(spans[k]!.x, labelY, PART_NAMES[i]!, 'fig-label'));
    });
    return { shapes, texts: {} };
  },
};
