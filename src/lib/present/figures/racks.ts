/**
 * The pre-training GPUs as NVL72 racks, each run as one NVL64 domain, spare slots visible. That
 * layout is this site's reading of the notes' two names (no source says how domains sit in racks).
 * The racks, the GPUs each runs, the spare slots and the racks each mark stands for are quantities
 * (hardware.yaml); the geometry only places the marks.
 */
import { gridCells } from '../geometry';
import { rect, type FigureGeometry } from './shape';

/** The frame: marks in rows of `columns` (hardware.racks_per_mark keeps them to eight rows). */
export const RACKS = {
  width: 400,
  top: 78,
  gridHeight: 264,
  height: 342,
  columns: 32,
  gap: 3,
  maxRow: 66,
} as const;

/** How many marks `racks` take at `group` racks a mark: none for no racks or no group. */
export const rackMarks = (racks: number, group: number): number =>
  racks > 0 && group > 0 ? Math.ceil(racks / group) : 0;

const IDS = {
  gpus: 'pretrain.gpus',
  rack: 'hardware.gpus_per_nvl72',
  used: 'hardware.gpus_per_rack_used',
  racks: 'hardware.racks_used',
  group: 'hardware.racks_per_mark',
};

export const racks: FigureGeometry = {
  ids: Object.values(IDS),
  draw(value) {
    const perRack = value(IDS.rack);
    const gpus = value(IDS.gpus);
    const used = value(IDS.used);
    const n = value(IDS.racks);
    const group = value(IDS.group);
    const { columns, width, gridHeight, gap, maxRow, top } = RACKS;
    const cells = gridCells(rackMarks(n, group), columns, width, gridHeight, gap, maxRow);
    const shapes = cells.flatMap((c, i) => {
      // GPUs in use in this mark's racks: full racks, except perhaps the last one.
      const racksHere = Math.min(group, n - i * group);
      const inUse = Math.min(used * racksHere, gpus - i * group * used);
      const share = perRack > 0 ? Math.min(1, inUse / (perRack * racksHere)) : 0;
      const h = c.h * share;
      const y = c.y + top;
      return [rect(c.x, y, c.w, c.h - h, 'fig-spare'), rect(c.x, y + c.h - h, c.w, h, 'fig-used')];
    });
    return { shapes, texts: {} };
  },
};
