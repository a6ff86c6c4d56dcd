/**
 * A byte breakdown of a built page's HTML by kind (popovers and their parts, calculators and theirs,
 * the runs' JSON, SVG figures, Starlight's chrome…), to see where a page's weight is. The runtime's
 * model is not in a page: it is one file for the site (dist/runtime-model.<hash>.json).
 *
 *   node scripts/bench/html-breakdown.mjs [dist/architecture/index.html …]
 *
 * Each byte goes to the innermost element that a rule below names (a citation inside a popover
 * counts as "popover: citations", not as "popover"); bytes no rule names are "prose and other
 * markup" inside <main>, and "Starlight chrome" outside it. A small tag scanner, no dependency:
 * it knows void elements, self-closing SVG/MathML tags, comments and raw-text elements.
 */
import { readFileSync } from 'node:fs';

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const RAW = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Rules, outermost first; each tests a tag's name and attributes and the kinds of its ancestors.
 * @type {[string, (tag: { name: string; attrs: string }, up: string[]) => boolean][]}
 */
const RULES = [
  ['Starlight chrome: <head>', (t) => t.name === 'head'],
  ['page content', (t) => t.name === 'main'],
  ['runs data JSON', (t) => t.name === 'script' && /type="application\/json"/.test(t.attrs)],
  ['scripts', (t) => t.name === 'script'],
  ['styles', (t) => t.name === 'style'],
  ['SVG figures', (t, up) => t.name === 'svg' && !up.includes('inline number')],
  ['inline number', (t) => t.name === 'span' && /class="q"/.test(t.attrs)],
  ['inline range span (hidden)', (t) => /class="q-range"/.test(t.attrs)],
  ['popover', (t) => /class="q-about"/.test(t.attrs)],
  ['popover: citations', (t, up) => up.includes('popover') && /class="q-about-cites"/.test(t.attrs)],
  ['popover: "Used by"', (t, up) => up.includes('popover') && /class="q-about-used"/.test(t.attrs)],
  ['popover: links and copy', (t, up) => up.includes('popover') && /class="q-about-links"/.test(t.attrs)],
  ['popover: MathML', (t, up) => up.includes('popover') && t.name === 'math'],
  ['popover: formula text', (t, up) => up.includes('popover') && /class="q-formula"/.test(t.attrs)],
  ['popover: work', (t, up) => up.includes('popover') && /class="q-work"/.test(t.attrs)],
  ['popover: terms', (t, up) => up.includes('popover') && /class="q-about-terms"/.test(t.attrs)],
  ['page refs (sources and uses, #q-refs)', (t) => /id="q-refs"/.test(t.attrs)],
  ['calculator', (t) => /class="calc-frame"/.test(t.attrs)],
  ['calculator: field', (t, up) => up.includes('calculator') && /class="calc-field"/.test(t.attrs)],
  ['calculator: field source note', (t, up) => up.includes('calculator') && /class="calc-note"/.test(t.attrs)],
  ['calculator: field bounds text', (t, up) => up.includes('calculator') && /class="calc-bounds"/.test(t.attrs)],
  ['calculator: field reading', (t, up) => up.includes('calculator') && /class="calc-reading"/.test(t.attrs)],
  ['calculator: results', (t, up) => up.includes('calculator') && /class="calc-results"/.test(t.attrs)],
  ['calculator: show the work', (t, up) => up.includes('calculator') && /class="calc-explain"/.test(t.attrs)],
  ['calculator: work MathML', (t, up) => up.includes('calculator') && t.name === 'math'],
  ['calculator: work line', (t, up) => up.includes('calculator') && /class="calc-work"/.test(t.attrs)],
  ['calculator: sensitivity bars', (t, up) => up.includes('calculator') && /class="calc-sens/.test(t.attrs)],
  ['calculator: run buttons', (t, up) => up.includes('calculator') && /class="apply-run/.test(t.attrs)],
  ['Starlight chrome: header', (t) => t.name === 'header' && /class="header"/.test(t.attrs)],
  ['Starlight chrome: sidebar', (t) => /id="starlight__sidebar"/.test(t.attrs)],
  ['Starlight chrome: table of contents', (t) => t.name === 'starlight-toc' || t.name === 'mobile-starlight-toc'],
  ['Starlight chrome: footer', (t) => t.name === 'footer'],
];

/** Scans `html` and returns, per byte, the index+1 of the rule of its innermost named element (0: none). */
function paint(html) {
  const owner = new Uint8Array(html.length);
  const stack = []; // { name, start, rule, kinds }: the open elements
  const kindsAbove = () => (stack.length ? stack[stack.length - 1].kinds : []);
  // Inner elements close first, so the innermost named element keeps its bytes.
  const close = (el, end) => {
    if (!el.rule) return;
    for (let i = el.start; i < end; i++) if (owner[i] === 0) owner[i] = el.rule;
  };
  const tag = /<!--[\s\S]*?-->|<!\w[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let m;
  while ((m = tag.exec(html))) {
    const [all, slash, rawName, attrs = ''] = m;
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (slash) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at < 0) continue;
      while (stack.length > at) close(stack.pop(), m.index + all.length);
      continue;
    }
    const up = kindsAbove();
    const t = { name, attrs };
    const i = RULES.findIndex(([, test]) => test(t, up));
    const rule = i >= 0 ? i + 1 : 0;
    const el = { name, start: m.index, rule, kinds: rule ? [...up, RULES[i][0]] : up };
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) {
      close(el, m.index + all.length);
      continue;
    }
    if (RAW.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, tag.lastIndex);
      const stop = end < 0 ? html.length : html.indexOf('>', end) + 1;
      close(el, stop);
      tag.lastIndex = stop;
      continue;
    }
    stack.push(el);
  }
  while (stack.length) close(stack.pop(), html.length);
  return owner;
}

export function breakdown(html) {
  const bytes = Buffer.from(html, 'utf8');
  // Work in UTF-16 offsets, then count each character's UTF-8 bytes.
  const owner = paint(html);
  const sums = new Map();
  for (let i = 0; i < html.length; i++) {
    const code = html.charCodeAt(i);
    const size =
      code < 0x80
        ? 1
        : code < 0x800
          ? 2
          : code >= 0xd800 && code < 0xdc00
            ? 4
            : code < 0xe000 && code >= 0xdc00
              ? 0
              : 3;
    const kind = owner[i] ? RULES[owner[i] - 1][0] : 'Starlight chrome: other';
    sums.set(kind, (sums.get(kind) ?? 0) + size);
  }
  const named = new Map([...sums].map(([k, v]) => [k === 'page content' ? 'prose and other markup in <main>' : k, v]));
  return { total: bytes.length, kinds: [...named].sort((a, b) => b[1] - a[1]) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  for (const file of files.length ? files : ['dist/architecture/index.html']) {
    const { total, kinds } = breakdown(readFileSync(file, 'utf8'));
    console.log(`${file}: ${(total / 1000).toFixed(1)} kB`);
    for (const [kind, n] of kinds) console.log(`  ${(n / 1000).toFixed(1).padStart(7)} kB  ${kind}`);
  }
}
