/**
 * A LatentMoE layer as secondary summaries describe it: the token's vector projected down to the
 * latent width, routed to a few of many experts that work at that width, and projected back up.
 * Widths are drawn to scale; in a standard MoE (the switch) the experts work at the hidden width.
 */
import { clamp, linearScale } from '../geometry';
import { line, rect, type FigureGeometry, type Shape } from './shape';

/** The frame: the hidden-width box, the latent box, the expert grid, the hidden-width box again. */
export const LATENT_MOE = {
  width: 400,
  box: 24,
  rows: { hidden: 22, latent: 80, experts: 160, back: 268 },
  gridHeight: 72,
  columns: 32,
  height: 300,
} as const;

/**
 * Which experts the drawing lights up as one token's, in order: one in each of `active` equal
 * shares of the experts, since any may be chosen. Within its share each steps 13 further on (as
 * far as the share allows), which keeps a few lit cells off one column of the grid.
 */
export function activeExperts(experts: number, active: number): number[] {
  const n = Math.max(0, Math.round(experts));
  const share = n / clamp(Math.round(active), 0, n);
  return Array.from({ length: n / share || 0 }, (_, i) => Math.floor(i * share) + ((i * 13) % Math.floor(share)));
}

const IDS = ['arch.hidden_dim', 'arch.latent_dim', 'arch.experts', 'arch.active_experts', 'recon.latent_moe'] as const;

export const latentMoe: FigureGeometry = {
  ids: IDS,
  draw(value) {
    const { width, box, rows, gridHeight, columns } = LATENT_MOE;
    const hidden = value(IDS[0]);
    const latent = value(IDS[4]) > 0;
    const inner = latent ? value(IDS[1]) : hidden;
    // The widest of the two widths fills the frame, so an edited latent width never overflows.
    const w = linearScale(0, Math.max(hidden, inner), 0, width);
    const centred = (v: number, y: number, cls: string) => rect((width - w(v)) / 2, y, w(v), box, cls);
    // Past a row per unit of height the cells would vanish: at most that many experts are drawn.
    const experts = clamp(Math.round(value(IDS[2])), 0, columns * gridHeight) || 0;
    const rowsOf = Math.ceil(experts / columns);
    const cw = width / columns;
    const ch = rowsOf > 0 ? Math.min(gridHeight / rowsOf, cw) : 0;
    const top = rows.experts;
    const shapes: Shape[] = [
      centred(hidden, rows.hidden, 'fig-s1'),
      centred(inner, rows.latent, latent ? 'fig-s0' : 'fig-frame'),
    ];
    // One rect per expert would make the figure too heavy: a bar per row of experts, cut into cells by lines.
    for (let r = 0; r < rowsOf; r++)
      shapes.push(rect(0, top + r * ch, Math.min(columns, experts - r * columns) * cw, ch * 0.8, 'fig-experts'));
    // Lit experts side by side in a row are one rect, so that a grid mostly lit stays light.
    const lit = activeExperts(experts, value(IDS[3]));
    let start = -1;
    lit.forEach((i, k) => {
      if (start < 0) start = i;
      if (lit[k + 1] !== i + 1 || (i + 1) % columns === 0) {
        const y = top + Math.floor(start / columns) * ch;
        shapes.push(rect((start % columns) * cw, y, (i - start + 0.8) * cw, ch * 0.8, 'fig-active'));
        start = -1;
      }
    });
    for (let c = 1; rowsOf > 0 && c < columns; c++)
      shapes.push(line(c * cw, top, c * cw, top + rowsOf * ch, 'fig-sep'));
    shapes.push(centred(hidden, rows.back, 'fig-s1'));
    return { shapes, texts: { kind: latent ? '' : ' (unused: a standard MoE)' } };
  },
};
