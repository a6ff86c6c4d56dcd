/**
 * Runs `fn` once the current frame is painted: for work that can wait for the numbers a reader
 * changed to show, such as loading the code of a table or a figure at the first edit. Loading a
 * module from an event handler costs the frame a search of the whole page for its preload links.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
