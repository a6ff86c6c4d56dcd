/** Every figure that redraws from the facts, by the name its SVG carries in `data-figure`. */
import { flops } from './flops';
import { latentMoe } from './latent-moe';
import { layerStack } from './layer-stack';
import { params } from './params';
import { racks } from './racks';
import type { FigureGeometry } from './shape';
import { stages } from './stages';

export const FIGURES = {
  'layer-stack': layerStack,
  params,
  'latent-moe': latentMoe,
  racks,
  stages,
  flops,
} satisfies Record<string, FigureGeometry>;

export type FigureName = keyof typeof FIGURES;
