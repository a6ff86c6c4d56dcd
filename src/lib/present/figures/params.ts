/**
 * Where the reconstructed parameters sit (experts, attention, dense FFN, router and projections,
 * embeddings): all of them and the active ones on one scale, and the active ones enlarged.
 */
import { clampLabel, linearScale, round2, textWidth, visibleLabels } from '../geometry';
import { label, percent, rect, type FigureGeometry, type Shape, type ValueOf } from './shape';

/** The frame: three bars (all, active, active enlarged), labels above the enlarged one, a legend. */
export const PARAMS = { width: 400, barHeight: 22, bars: [26, 84, 164], labelY: 158, font: 14, height: 280 } as const;

/** One part of the model's weights, in parameters, of all and of the active ones. */
export interface ParamPart {
  name: string;
  total: number;
  active: number;
}

/** The parts' names, in the order they are stacked (and coloured: fig-s0, fig-s1, …). */
export const PART_NAMES = ['Experts', 'Attention', 'Dense FFN', 'Router, projections', 'Embeddings'] as const;

/** The facts' parts of the reconstruction's sums, in stacking order: [all, active] where they differ. */
const PART_IDS: readonly (readonly [string, string?])[] = [
  ['recon.expert_params', 'recon.active_expert_params'],
  ['recon.attention_params'],
  ['recon.dense_ffn_params'],
  ['recon.moe_shared_params'],
  ['recon.embedding_params'],
];

/** The parts of recon.total_params and recon.active_params, read from the facts: only the experts differ. */
export const paramParts = (value: ValueOf): ParamPart[] =>
  PART_IDS.map(([all, active = all], i) => ({ name: PART_NAMES[i]!, total: value(all), active: value(active) }));

/** Segments of a stacked bar of `sizes` from 0 on a scale where `full` fills `width`. */
export function stack(sizes: readonly number[], full: number, width: number): { x0: number; x1: number }[] {
  const x = linearScale(0, full, 0, width);
  let at = 0;
  return sizes.map((s) => {
    const x0 = x(at);
    at += Math.max(s, 0);
    return { x0: round2(x0), x1: round2(x(at)) };
  });
}

export const params: FigureGeometry = {
  ids: PART_IDS.flat().filter((id): id is string => id !== undefined),
  draw(value) {
    const { width, barHeight, bars, labelY, font } = PARAMS;
    const parts = paramParts(value);
    const total = parts.reduce((a, p) => a + Math.max(p.total, 0), 0);
    const active = parts.reduce((a, p) => a + Math.max(p.active, 0), 0);
    const shapes: Shape[] = [];
    const draw = (segments: { x0: number; x1: number }[], y: number) =>
      segments.forEach((s, i) => shapes.push(rect(s.x0, y, round2(s.x1 - s.x0), barHeight, `fig-s${i}`)));
    draw(
      stack(
        parts.map((p) => p.total),
        total,
        width,
      ),
      bars[0],
    );
    draw(
      stack(
        parts.map((p) => p.active),
        total,
        width,
      ),
      bars[1],
    );
    const enlarged = stack(
      parts.map((p) => p.active),
      active,
      width,
    );
    draw(enlarged, bars[2]);
    // Names above the enlarged bar where they fit, the largest parts first; the legend has them all.
    const spans = enlarged.map((s, i) => clampLabel((s.x0 + s.x1) / 2, textWidth(parts[i]!.name, font), width));
    const order = enlarged
      .map((_, i) => i)
      .sort((a, b) => enlarged[b]!.x1 - enlarged[b]!.x0 - (enlarged[a]!.x1 - enlarged[a]!.x0));
    const shown = visibleLabels(
      order.map((i) => spans[i]!),
      4,
    );
    order.forEach((i, k) => {
      const s = enlarged[i]!;
      if (shown[k] && s.x1 - s.x0 >= 2) shapes.push(label(round2(spans[i]!.x), labelY, parts[i]!.name, 'fig-label'));
    });
    const shares = (of: number, pick: (p: ParamPart) => number) =>
      parts.map((p) => `${p.name.toLowerCase()} ${percent(pick(p), of)}`).join(', ');
    return { shapes, texts: { all: shares(total, (p) => p.total), active: shares(active, (p) => p.active) } };
  },
};
