/**
 * A title or a name written inside a sentence: its first letter lower-cased, unless the first word
 * is a name or an acronym (a capital followed by another capital, a digit or a hyphen), which keep
 * their case, as does the rest of the text ("Compute and MFU" → "compute and MFU", "Dense FFN" →
 * "dense FFN", "MAI-1-preview's cluster" unchanged).
 */
export const inSentence = (title: string): string =>
  /^[A-Z][a-z ]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
