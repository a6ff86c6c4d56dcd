/**
 * "Which input the range hangs on": each input's share of a result's range, as a small horizontal
 * bar chart (server-rendered at the cited values): a line of text per input and its bar, an SVG
 * rect on one scale (src/lib/present/geometry.ts). Each input is moved alone across its range,
 * the others at their values; the shares are of the sum of those widths
 * (src/lib/engine/ranges.ts `sensitivity`).
 */
import type { ResultProps } from '../lib/present/calculator';
import { formatNumber } from '../lib/engine/format';
import { linearScale, round2 } from '../lib/present/geometry';

const WIDTH = 300;
const BAR = 10;

export function SensitivityBars({ result: r }: { result: ResultProps }) {
  if (r.shares.length === 0) return null;
  const x = linearScale(0, 1, 0, WIDTH);
  return (
    <figure class="calc-sensitivity">
      <figcaption>Which input the range hangs on</figcaption>
      <ul>
        {r.shares.map((s) => (
          <li key={s.input}>
            {s.label}: {formatNumber(s.share * 100, { decimals: 0 })} %
            <svg viewBox={`0 0 ${WIDTH} ${BAR}`} aria-hidden="true" focusable="false">
              <rect class="bar" x="0" y="0" height={BAR} width={round2(x(s.share))} />
            </svg>
          </li>
        ))}
      </ul>
      <p class="calc-sensitivity-note">
        Each input moved alone across its range at the sources’ precision, the others at their cited values; its share
        of the sum of those widths.
      </p>
    </figure>
  );
}
