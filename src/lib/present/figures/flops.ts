/**
 * Where the model FLOPs of a token go (the 6·N rule on the active parameters, and attention as
 * counted), and what MFU measures: a GPU's achieved model FLOP/s against its dense peak.
 */
import { clamp, linearScale } from '../geometry';
import { rect, type FigureGeometry, type ValueOf } from './shape';

/** The frame: the stacked bar of a token's FLOPs, then the achieved bar inside the peak's frame. */
export const FLOPS = { width: 400, barHeight: 22, tokenBar: 26, gpuBar: 128, height: 200 } as const;

/**
 * A token's model FLOPs as the MFU counts them, split: the 6·N part, and attention when the switch
 * `compute.attention_factor` counts it (0 leaves it out, 1 counts it), both quantities.
 */
export function flopsPerToken(value: ValueOf): { sixN: number; attention: number } {
  const counted = value('compute.attention_factor') > 0;
  const attention = counted ? Math.max(value('compute.attention_flops_per_token'), 0) : 0;
  return { sixN: Math.max(value('compute.six_n_flops_per_token'), 0), attention };
}

const IDS = [
  'compute.six_n_flops_per_token',
  'compute.attention_factor',
  'compute.attention_flops_per_token',
  'compute.mfu',
];

export const flops: FigureGeometry = {
  ids: IDS,
  draw(value) {
    const { width, barHeight, tokenBar, gpuBar } = FLOPS;
    const { sixN, attention } = flopsPerToken(value);
    const x = linearScale(0, sixN + attention, 0, width);
    // The MFU's display unit is %, so its value over a hundred is the fraction of the peak.
    const mfu = clamp(value('compute.mfu') / 100, 0, 1);
    return {
      shapes: [
        rect(0, tokenBar, x(sixN), barHeight, 'fig-s0'),
        rect(x(sixN), tokenBar, x(sixN + attention) - x(sixN), barHeight, 'fig-s1'),
        rect(0, gpuBar, width, barHeight, 'fig-frame'),
        rect(0, gpuBar, mfu * width, barHeight, 'fig-s0'),
      ],
      texts: {
        counted: value('compute.attention_factor') > 0 ? 'counted' : 'not counted',
      },
    };
  },
};
