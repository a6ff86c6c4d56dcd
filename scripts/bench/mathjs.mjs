/**
 * Whether a built JavaScript file contains mathjs. Every mathjs function is a typed-function, and
 * typed-function's messages survive minification; so do the library's own names for its types.
 * `tests/unit/bench/mathjs-detect.test.ts` bundles small mathjs imports to show that each is found.
 */
const MARKERS = [
  'Unexpected type of argument in function',
  'Too many arguments in function',
  'is not a typed-function',
  'typed-function@',
];

/** The markers of mathjs found in a file's text (empty when it has none). */
export const mathjsMarkers = (text) => MARKERS.filter((m) => text.includes(m));
