import { coordinate } from '../geometry';

/**
 * What a figure draws, as data: the server renders these shapes into the SVG and the live page
 * makes the same elements, so both come from one geometry function.
 */

/** One SVG element: its tag, its attributes (no `style`, which the CSP would block) and its text. */
export interface Shape {
  tag: 'rect' | 'line' | 'text';
  attrs: Record<string, string | number>;
  text?: string;
}

/** The part of a figure that follows the values: its shapes, and texts keyed by name. */
export interface Drawing {
  shapes: Shape[];
  /** Texts computed by the geometry (counts that are no quantity), written into `[data-figure-text]`. */
  texts: Record<string, string>;
}

/** A quantity's value in its display unit, by id. */
export type ValueOf = (id: string) => number;
/** A quantity's text as the page shows it ("78 layers"), by id. */
export type TextOf = (id: string) => string;

/** A figure that redraws from the facts. */
export interface FigureGeometry {
  /** The quantities it reads: it redraws when one of them changes. */
  ids: readonly string[];
  draw(value: ValueOf): Drawing;
}

/**
 * A figure's description from its template: `{id}` becomes the quantity's text as the page shows
 * it, `{=key}` a text of the drawing. The template lives in the component (HTML, not script), and
 * the server and the live page fill it the same way.
 */
export function fillDescription(template: string, text: TextOf, texts: Readonly<Record<string, string>>): string {
  return template.replace(/\{(=?)([\w.]+)\}/g, (_, own: string, key: string) => (own ? texts[key] : text(key)) ?? '');
}

const at = coordinate;

/** The shapes, their coordinates rounded and made finite (`coordinate`), so that no figure rounds its own. */
export const rect = (x: number, y: number, width: number, height: number, cls: string): Shape => ({
  tag: 'rect',
  attrs: { x: at(x), y: at(y), width: Math.max(at(width), 0), height: Math.max(at(height), 0), class: cls },
});

export const line = (x1: number, y1: number, x2: number, y2: number, cls: string): Shape => ({
  tag: 'line',
  attrs: { x1: at(x1), y1: at(y1), x2: at(x2), y2: at(y2), class: cls },
});

export const label = (x: number, y: number, text: string, cls: string): Shape => ({
  tag: 'text',
  attrs: { x: at(x), y: at(y), class: cls },
  text,
});

/** A whole count for a sentence ("1,024"), as the site writes numbers; "too many to count" past any real one. */
export const count = (n: number): string =>
  Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'too many to count';
