#!/usr/bin/env node
/**
 * Checks every internal link of the built site: walks dist/ for HTML, resolves each internal
 * href and src against the page's URL (respecting the base path, trailing slashes and
 * index.html), and checks each #anchor against the ids and names of the target page.
 * Exits non-zero listing every broken one as "file: href (why)".
 *
 * Usage: node scripts/check-links.mjs [distDir]   (BASE_PATH and SITE_URL as for the build)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const site = new URL(process.env.SITE_URL ?? 'http://127.0.0.1:4321');
const origin = site.origin;

/** Every file under `dir`, recursively. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The minimal decoding of attribute values that Astro and Starlight emit. */
const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)));

/** Markup with comments and the bodies of scripts, styles and templates removed, so only real tags remain. */
const tagsOnly = (html) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2')
    .replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2');

/** Values of attribute `name` in every start tag. */
function attributeValues(html, name) {
  const out = [];
  const re = new RegExp(`<[a-z][^>]*?\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'gi');
  for (const m of html.matchAll(re)) out.push(decode(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

/** The URL path a built file is served at. */
function urlPathOf(file) {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return base;
  if (rel.endsWith('/index.html')) return base + rel.slice(0, -'index.html'.length);
  return base + rel;
}

/** The built file a URL path is served from, or undefined. */
function fileOf(pathname) {
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return undefined;
  let rel;
  try {
    rel = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const candidates = [rel, join(rel, 'index.html'), `${rel.replace(/\/$/, '')}.html`];
  for (const c of candidates) {
    const p = join(dist, c);
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return undefined;
}

const files = walk(dist).filter((f) => f.endsWith('.html'));
const markup = new Map(files.map((f) => [f, tagsOnly(readFileSync(f, 'utf8'))]));
const anchorCache = new Map();
/** The ids and names a page defines. */
function anchorsOf(file) {
  let set = anchorCache.get(file);
  if (!set) {
    const html = markup.get(file) ?? tagsOnly(readFileSync(file, 'utf8'));
    set = new Set([...attributeValues(html, 'id'), ...attributeValues(html, 'name')]);
    anchorCache.set(file, set);
  }
  return set;
}

const broken = [];
let checked = 0;
for (const file of files) {
  const html = markup.get(file);
  const pageUrl = new URL(urlPathOf(file), origin);
  for (const attr of ['href', 'src']) {
    for (const raw of attributeValues(html, attr)) {
      const href = raw.trim();
      if (href === '') {
        broken.push(`${file}: ${attr}="" (empty)`);
        continue;
      }
      let url;
      try {
        url = new URL(href, pageUrl);
      } catch {
        broken.push(`${file}: ${href} (not a URL)`);
        continue;
      }
      if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue; // external or mailto:
      checked++;
      const target = fileOf(url.pathname);
      if (!target) {
        broken.push(`${file}: ${href} (no file for ${url.pathname})`);
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        let id;
        try {
          id = decodeURIComponent(url.hash.slice(1));
        } catch {
          id = url.hash.slice(1);
        }
        if (!anchorsOf(target).has(id))
          broken.push(`${file}: ${href} (no id or name "${id}" in ${relative(dist, target)})`);
      }
    }
  }
}

if (broken.length) {
  console.error(`${broken.length} broken internal link(s):\n${broken.map((b) => `  ${b}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-links: ${checked} internal links in ${files.length} pages, none broken.`);
