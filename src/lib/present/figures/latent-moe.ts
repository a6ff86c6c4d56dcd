/**
 * A LatentMoE layer as secondary summaries describe it: the token's vector projected down to the
 * latent width, routed to a few of many experts that work at that width, and projected back up.
 * Widths are drawn to scale; in a standard MoE (the switch) the experts work at the hidden width.
 */
import { linearScale, round2 } from '../geometry';
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

/** Which experts the drawing lights up as one token's: spread evenly, since any may be chosen. */
export function activeExperts(experts: number, active: number): number[] {
  const n = Math.max(0, Math.round(experts));
  const k = Math.min(Math.max(0, Math.round(active)), n);
  // A step of 13 within each share of the experts keeps the lit cells off one column of the grid.
  return Array.from({ length: k }, (_, i) => (Math.floor(((i + 0.5) * n) / k) + i * 13) % n);
}

const IDS = {
  hidden: 'arch.hidden_dim',
  latent: 'arch.latent_dim',
  experts: 'arch.experts',
  active: 'arch.active_experts',
  kind: 'recon.latent_moe',
};

export const latentMoe: FigureGeometry = {
  ids: Object.values(IDS),
  draw(value) {
    const { width, box, rows, gridHeight, columns } = LATENT_MOE;
    const hidden = value(IDS.hidden);
    const latent = value(IDS.kind) > 0;
    const inner = latent ? value(IDS.latent) : hidden;
    // The widest of the two widths fills the frame, so an edited latent width never overflows.
    const w = linearScale(0, Math.max(hidden, inner), 0, width);
    const centred = (v: number, y: number, cls: string) => rect(round2((width - w(v)) / 2), y, round2(w(v)), box, cls);
    // Past a row per unit of height the cells would vanish: at most that many experts are drawn.
    const experts = Math.min(Math.max(0, Math.round(value(IDS.experts))), columns * gridHeight) || 0;
    const rowsOf = Math.ceil(experts / columns);
    const cw = width / columns;
    const ch = rowsOf > 0 ? Math.min(gridHeight / rowsOf, cw) : 0;
    const shapes: Shape[] = [
      centred(hidden, rows.hidden, 'fig-s1'),
      centred(inner, rows.latent, latent ? 'fig-s0' : 'fig-frame'),
    ];
    // One rect per expert would make the figure too heavy: a bar per row of experts, cut into cells by lines.
    for (let r = 0; r < rowsOf; r++) {
      const inRow = Math.min(columns, experts - r * columns);
      shapes.push(rect(0, round2(rows.experts + r * ch), round2(inRow * cw), round2(ch * 0.8), 'fig-experts'));
    }
    if (rowsOf > 0)
      for (let c = 1; c < columns; c++)
        shapes.push(line(round2(c * cw), rows.experts, round2(c * cw), round2(rows.experts + rowsOf * ch), 'fig-sep'));
    for (const i of activeExperts(experts, value(IDS.active)))
      shapes.push(
        rect(
          round2((i % columns) * cw),
          round2(rows.experts + Math.floor(i / columns) * ch),
          round2(cw * 0.8),
          round2(ch * 0.8),
          'fig-active',
        ),
      );
    shapes.push(centred(hidden, rows.back, 'fig-s1'));
    return { shapes, texts: { kind: latent ? '' : ' (unused: a standard MoE)' } };
  },
};
