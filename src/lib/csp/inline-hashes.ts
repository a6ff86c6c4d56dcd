/**
 * Completes a built page's Content-Security-Policy: Astro hashes the scripts and styles it
 * processes, but not `is:inline` ones (Starlight's theme and sidebar scripts) nor `style`
 * attributes (Starlight's icon sizes). This adds a hash for each, so the policy can stay strict:
 * no 'unsafe-inline' and no 'unsafe-eval'.
 */
import { createHash } from 'node:crypto';

/** The CSP source expression of a text's SHA-256: `'sha256-…'`. */
export const sha256Source = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;

/** Undoes the character references a built page puts in attribute values. */
const decodeAttribute = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

/** The hashes a page's inline scripts, style elements and style attributes need. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[]; attributes: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const attributes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi))
    if (!/\ssrc\s*=/i.test(m[1]!) && m[2]!.length > 0) scripts.add(sha256Source(m[2]!));
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(sha256Source(m[1]!));
  // Attribute values only in start tags outside scripts and styles.
  const tags = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  for (const m of tags.matchAll(/<[a-z][^>]*?\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi))
    attributes.add(sha256Source(decodeAttribute(m[1] ?? m[2] ?? '')));
  return { scripts: [...scripts], styles: [...styles], attributes: [...attributes] };
}

/** Adds `sources` to `directive` in a policy (creating the directive after `after` if absent). */
function extend(policy: string, directive: string, sources: string[], create: string[] = []): string {
  const parts = policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const i = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
  if (i === -1) {
    if (sources.length) parts.push([directive, ...create, ...sources].join(' '));
  } else {
    const have = new Set(parts[i]!.split(/\s+/));
    parts[i] = [parts[i], ...sources.filter((s) => !have.has(s))].join(' ');
  }
  return `${parts.join('; ')};`;
}

/** The page with its CSP meta covering every inline script, style and style attribute; unchanged if it has none. */
export function withInlineHashes(html: string): string {
  const meta = html.match(META);
  if (!meta) return html;
  const { scripts, styles, attributes } = inlineHashes(html);
  let policy = decodeAttribute(meta[2]!);
  policy = extend(policy, 'script-src', scripts);
  policy = extend(policy, 'style-src', styles);
  // Hashes match style attributes only with 'unsafe-hashes'; scoped to attributes, never to elements.
  policy = extend(policy, 'style-src-attr', attributes, ["'unsafe-hashes'"]);
  return html.replace(
    META,
    (_, open: string, __: string, close: string) => `${open}${policy.replace(/"/g, '&quot;')}${close}`,
  );
}
