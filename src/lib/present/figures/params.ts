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

/**
 * The parts of the reconstruction's sums (recon.total_params and recon.active_params), term by
 * term: only the experts differ between all parameters and the active ones.
 */
export function paramParts(value: ValueOf): ParamPart[] {
  const moe = value('recon.moe_layers');
  const perExpert = value('recon.params_per_expert');
  const sizes: [number, number?][] = [
    [moe * value('arch.experts') * perExpert, moe * value('arch.active_experts') * perExpert],
    [value('arch.layers') * value('recon.attention_per_layer')],
    [value('recon.dense_layers') * value('recon.dense_ffn_per_layer')],
    [moe * value('recon.moe_shared_per_layer')],
    [value('recon.embedding_params')],
  ];
  return sizes.map(([total, active = total], i) => ({ name: PART_NAMES[i]!, total, active }));
}

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

const IDS = [
  'recon.moe_layers',
  'recon.params_per_expert',
  'arch.experts',
  'arch.active_experts',
  'arch.layers',
  'recon.attention_per_layer',
  'recon.dense_layers',
  'recon.dense_ffn_per_layer',
  'recon.moe_shared_per_layer',
  'recon.embedding_params',
];

export const params: FigureGeometry = {
  ids: IDS,
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
