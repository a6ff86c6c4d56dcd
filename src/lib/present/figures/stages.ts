/** The three training stages on one axis of tokens: each bar as long as its stage's tokens. */
import { formatNumber } from '../../engine/format';
import { clampLabel, linearScale, round2, textWidth, visibleLabels } from '../geometry';
import { niceTicks } from '../ticks';
import { label, line, rect, type FigureGeometry } from './shape';

/** The frame: one row per stage (two text lines and a bar), the token axis below. */
export const STAGES = { width: 400, row: 66, barTop: 42, barHeight: 14, axisGap: 8, font: 14, height: 254 } as const;

/** Each stage's quantities; `gpus` is absent where the notes give no GPU count. */
export const STAGE_ROWS = [
  { name: 'Pre-training', tokens: 'pretrain.tokens', context: 'stages.pretrain_context', gpus: 'pretrain.gpus' },
  { name: 'Mid-training 1', tokens: 'stages.mid1_tokens', context: 'stages.mid1_context', gpus: undefined },
  { name: 'Mid-training 2', tokens: 'stages.mid2_tokens', context: 'stages.mid2_context', gpus: 'stages.mid2_gpus' },
] as const;

/** Where each stage's bar starts and ends on an axis of `width` units: one after the other, by tokens. */
export function stageSpans(tokens: readonly number[], width: number): { x: number; w: number }[] {
  const clean = tokens.map((t) => (t > 0 ? t : 0));
  const total = clean.reduce((a, b) => a + b, 0);
  const x = linearScale(0, total, 0, width);
  let start = 0;
  return clean.map((t) => {
    const span = { x: round2(x(start)), w: round2(x(start + t) - x(start)) };
    start += t;
    return span;
  });
}

const axisY = STAGE_ROWS.length * STAGES.row + STAGES.axisGap;

export const stages: FigureGeometry = {
  ids: STAGE_ROWS.flatMap((s) => [s.tokens, s.context, ...(s.gpus ? [s.gpus] : [])]),
  draw(value) {
    const { width, row, barTop, barHeight, font } = STAGES;
    const tokens = STAGE_ROWS.map((s) => value(s.tokens));
    const total = tokens.reduce((a, b) => a + Math.max(b, 0), 0);
    const shapes = stageSpans(tokens, width).map((s, i) =>
      // A stage too short to see is drawn one unit wide; the table has its exact tokens.
      rect(s.x, i * row + barTop, Math.max(s.w, tokens[i]! > 0 ? 1 : 0), barHeight, 'fig-bar'),
    );
    const x = linearScale(0, total, 0, width);
    const ticks = niceTicks(total, 4);
    const texts = ticks.map((t) => formatNumber(t, { notation: 'compact' }));
    const spans = ticks.map((t, i) => clampLabel(x(t), textWidth(texts[i]!, font), width));
    const shown = visibleLabels(spans, 6);
    shapes.push(line(0, axisY, width, axisY, 'fig-axis'));
    ticks.forEach((t, i) => {
      shapes.push(line(x(t), axisY, x(t), axisY + 5, 'fig-axis'));
      if (shown[i]) shapes.push(label(spans[i]!.x, axisY + 22, texts[i]!, 'fig-tick'));
    });
    return { shapes, texts: {} };
  },
};
