/**
 * The numbers a text states, as tokens ("8,192", "30T", "90.0%", "NVL72", "five"), for checking
 * that every number in the sources is registered as an input or a claim.
 */

/**
 * Footnote marks: a digit 1–3 glued to the end of a word, a closing quote or punctuation
 * (`GPUs.”1`, `parameters2`, `report,3`). They point at the primary sources and state nothing.
 */
const FOOTNOTE_MARK = /(?<=[\p{L}”’").),])[123](?=\s|$)/gu;

/**
 * Digits that belong to a name, not to a statement: the model names (MAI-1, MAI-1-preview,
 * MAI-Base-1, MAI-Thinking-1), the product name “Microsoft 365”, and the news copy's reading-time
 * header (“3 Minutes”). Hardware names (H100, GB200, NVL72) stay: they state what was used.
 */
const NAMES = [/\bMAI-(?:1-preview|Base-1|Thinking-1|1)\b/g, /\bMicrosoft 365\b/g, /^3 Minutes$/gm];

/** Spelled-out numbers that state a count or a scale ("five-step", "six to ten times"). */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million billion trillion'.split(
    ' ',
  ),
);

/** A number token and where it sits in the text. */
export interface NumberToken {
  token: string;
  start: number;
  end: number;
}

/** Blanks out a match, keeping every other character at its offset. */
const blank = (m: string): string => ' '.repeat(m.length);

/** The number tokens of a text with their offsets: digit runs with their suffix (T, K, %), and number words. */
export function numberTokenSpans(text: string): NumberToken[] {
  let cleaned = text.replace(FOOTNOTE_MARK, blank);
  for (const name of NAMES) cleaned = cleaned.replace(name, blank);
  const out: NumberToken[] = [];
  for (const m of cleaned.matchAll(/[\p{L}\d][\p{L}\d.,%]*/gu)) {
    const raw = m[0].replace(/[.,]+$/, '');
    const token = /\d/.test(raw) ? raw : NUMBER_WORDS.has(raw.toLowerCase()) ? raw.toLowerCase() : undefined;
    if (token) out.push({ token, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** The number tokens of a text, in order. */
export const numberTokens = (text: string): string[] => numberTokenSpans(text).map((t) => t.token);
