/**
 * "Which input the range hangs on": each input's share of a result's range, as a small horizontal
 * bar chart (server-rendered at the cited values): a line of text per input and its bar, an SVG
 * rect on one scale. Each input is moved alone across its range, the others at their values; the
 * shares are of the sum of those widths (src/lib/engine/sensitivity.ts). The texts and widths come
 * from src/lib/present/sensitivity-view.ts, which the live page redraws with after each edit
 * (src/client/sensitivity-live.ts: the chart is the `.calc-sensitivity` after its work line).
 */
import type { ResultProps } from '../lib/present/calculator';
import { SENSITIVITY_CHART as C, shareRows } from '../lib/present/sensitivity-view';

/**
 * How the bars are computed, said once above a calculator's work (not under every chart): for the
 * cited values and the reader's alike, since the live page redraws the lines only.
 */
export function SensitivityNote() {
  return (
    <p class="calc-sensitivity-note">
      “Which input the range hangs on”: each input is moved alone across its range (at the sources’ precision, or as you
      typed it; a value you type is exact), the others held at the values shown; a bar is its share of the sum of those
      widths.
    </p>
  );
}

export function SensitivityBars({ result: r }: { result: ResultProps }) {
  if (r.shares.length === 0) return null;
  const labels = new Map(r.shares.map((s) => [s.input, s.label]));
  return (
    <figure class="calc-sensitivity">
      <figcaption>Which input the range hangs on</figcaption>
      <ul>
        {shareRows(r.shares, (input) => labels.get(input)!).map((s) => (
          <li key={s.input}>
            {s.text}
            <svg viewBox={`0 0 ${C.width} ${C.bar}`} aria-hidden="true" focusable="false">
              <rect class="bar" x="0" y="0" height={C.bar} width={s.width} />
            </svg>
          </li>
        ))}
      </ul>
    </figure>
  );
}
