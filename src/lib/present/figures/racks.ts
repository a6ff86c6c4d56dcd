/**
 * The pre-training GPUs as NVL72 racks, each run as one NVL64 domain, spare slots visible. That
 * layout is this site's reading of the notes' two names (no source says how domains sit in racks).
 * The racks, the GPUs each runs and the spare slots are quantities (hardware.yaml); the geometry
 * only groups racks into marks.
 */
import { gridCells, round2 } from '../geometry';
import { count, rect, type FigureGeometry } from './shape';

/** The frame: up to `maxMarks` marks in rows of `columns`; above that, one mark per group of racks. */
export const RACKS = {
  width: 400,
  top: 78,
  gridHeight: 264,
  height: 342,
  columns: 32,
  gap: 3,
  maxRow: 66,
  maxMarks: 256,
} as const;

/** How `racks` are drawn: racks per mark, and the marks. */
export function rackMarks(racks: number) {
  const n = Number.isFinite(racks) ? Math.max(0, racks) : 0;
  const group = Math.max(1, Math.ceil(n / RACKS.maxMarks));
  return { group, marks: Math.ceil(n / group) };
}

const IDS = {
  gpus: 'pretrain.gpus',
  rack: 'hardware.gpus_per_nvl72',
  used: 'hardware.gpus_per_rack_used',
  racks: 'hardware.racks_used',
};

export const racks: FigureGeometry = {
  ids: Object.values(IDS),
  draw(value) {
    const perRack = value(IDS.rack);
    const gpus = value(IDS.gpus);
    const used = value(IDS.used);
    const n = value(IDS.racks);
    const { group, marks } = rackMarks(n);
    const cells = gridCells(marks, RACKS.columns, RACKS.width, RACKS.gridHeight, RACKS.gap, RACKS.maxRow);
    const shapes = cells.flatMap((c, i) => {
      // GPUs in use in this mark's racks: full racks, except perhaps the last one.
      const racksHere = Math.min(group, n - i * group);
      const inUse = Math.min(used * racksHere, gpus - i * group * used);
      const share = perRack > 0 ? Math.min(1, inUse / (perRack * racksHere)) : 0;
      const h = round2(c.h * share);
      const y = c.y + RACKS.top;
      return [rect(c.x, y, c.w, round2(c.h - h), 'fig-spare'), rect(c.x, round2(y + c.h - h), c.w, h, 'fig-used')];
    });
    return {
      shapes,
      texts: { group: group === 1 ? 'Each mark is one rack.' : `Each mark is ${count(group)} racks.` },
    };
  },
};
