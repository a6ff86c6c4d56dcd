/** Small writers of the live page: chart bars and the scenario's notices. */
import { barWidths } from '../lib/present/chart';

let charts: SVGSVGElement[] | undefined;

/**
 * Resizes the bars of every chart that shows, or is scaled by, a changed quantity. Sets the
 * `width` attribute (not a style), which a strict Content-Security-Policy allows.
 */
export function resizeBars(changed: ReadonlySet<string>, valueOf: (id: string) => number | undefined): void {
  charts ??= [...document.querySelectorAll<SVGSVGElement>('svg[data-bar-chart]')];
  for (const svg of charts) {
    const scaleId = svg.dataset['barScale'];
    const scaleValue = scaleId ? valueOf(scaleId) : undefined;
    const scaleChanged = scaleId !== undefined && changed.has(scaleId) && scaleValue !== undefined;
    if (scaleChanged) svg.dataset['barScaleValue'] = String(scaleValue);
    const bars = [...svg.querySelectorAll<SVGRectElement>('rect[data-bar]')];
    if (!scaleChanged && !bars.some((b) => changed.has(b.dataset['quantity'] ?? ''))) continue;
    const scale = svg.dataset['barScaleValue'];
    const widths = barWidths(
      bars.map((b) => Number(b.dataset['value'])),
      Number(svg.dataset['barFull']),
      scale === undefined ? undefined : Number(scale),
    );
    bars.forEach((b, i) => b.setAttribute('width', String(widths[i])));
  }
}

/**
 * Shows notices about the scenario (refused or repeated URL parameters) in the page's notice
 * region; each names its parameter in `data-param`, for tests and styles, and its input by label.
 */
export function showNotices(notices: readonly { param: string; message: string }[]): void {
  const region = document.querySelector<HTMLElement>('[data-scenario-notices]');
  if (!region) return;
  region.replaceChildren(
    ...notices.map((n) => {
      const p = document.createElement('p');
      p.dataset['param'] = n.param;
      p.textContent = n.message;
      return p;
    }),
  );
  region.classList.toggle('has-notices', notices.length > 0);
}
