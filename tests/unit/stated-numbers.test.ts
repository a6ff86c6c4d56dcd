/**
 * The table of stated numbers: every number in the two source documents is registered as an
 * input or a claim. Rows live in tests/fixtures/stated-numbers/*.yaml as `{ text, covered_by }`,
 * where `text` is a verbatim fragment of a source and `covered_by` names the input or claim
 * (or a list of them) that registers it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadFacts } from '../../src/data/facts-files';
import { numberTokenSpans } from '../../src/lib/audit/number-tokens';

// The repository is cloned beside shared/, so the sources are one level up. They are not part of
// the repository (they are not ours to publish); on a machine without them, the checks that read
// them cannot run. They say so loudly, in a test of their own and on stderr, rather than skip
// silently; with MAI_REQUIRE_SOURCES=1 (for CI beside the sources) a missing folder fails.
const SOURCES_DIR = path.resolve(process.cwd(), process.env['MAI_SOURCES_DIR'] ?? '../shared/sources');
const HAVE_SOURCES = existsSync(SOURCES_DIR);
const MISSING = `SOURCE CHECKS NOT RUN: ${SOURCES_DIR} is missing, so no row is checked against the source text and the completeness checks do not run. Set MAI_SOURCES_DIR to the folder with the two source files.`;
if (!HAVE_SOURCES) process.stderr.write(`\n${'!'.repeat(80)}\n${MISSING}\n${'!'.repeat(80)}\n\n`);
const SOURCE_FILES = ['000_1dafef5abb5896d7.txt', '004_15bcc90e0359e243.txt'];
const FIXTURES_DIR = 'tests/fixtures/stated-numbers';

interface Row {
  file: string;
  text: string;
  covered_by: string[];
}

/** Reads one fixture file: a list of rows, or `{ rows: [...] }`. */
function readRows(file: string): Row[] {
  const raw = parse(readFileSync(path.join(FIXTURES_DIR, file), 'utf8')) as unknown;
  const list = Array.isArray(raw) ? raw : (raw as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list of { text, covered_by } rows`);
  return list.map((r: { text?: unknown; covered_by?: unknown }, i) => {
    const ids = typeof r.covered_by === 'string' ? [r.covered_by] : r.covered_by;
    if (typeof r.text !== 'string' || !r.text || !Array.isArray(ids) || ids.length === 0)
      throw new Error(`${file}: row ${i} needs a text and a covered_by (an id or a list of ids)`);
    return { file, text: r.text, covered_by: ids.map(String) };
  });
}

const fixtureFiles = readdirSync(FIXTURES_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const rows = fixtureFiles.flatMap(readRows);
const sources = HAVE_SOURCES
  ? SOURCE_FILES.map((f) => ({ file: f, text: readFileSync(path.join(SOURCES_DIR, f), 'utf8') }))
  : [];
const model = loadFacts('content/facts');
const registered = new Set([
  ...Object.values(model.quantities)
    .filter((q) => q.kind === 'input')
    .map((q) => q.id),
  ...Object.keys(model.claims ?? {}),
]);

describe('the source texts', () => {
  it(HAVE_SOURCES ? `are read from ${SOURCES_DIR}` : MISSING, () => {
    if (!HAVE_SOURCES) {
      console.warn(MISSING);
      expect(process.env['MAI_REQUIRE_SOURCES'], MISSING).not.toBe('1');
      return;
    }
    expect(sources.map((s) => s.text.length).every((n) => n > 0)).toBe(true);
  });
});

describe('the stated-numbers table', () => {
  it('has rows', () => {
    expect(fixtureFiles.length).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(0);
  });

  it.runIf(HAVE_SOURCES).each(rows)('$file: “$text” is verbatim in a source', ({ text }) => {
    expect(sources.some((s) => s.text.includes(text))).toBe(true);
  });

  it.each(rows)('$file: “$text” is covered by an existing input or claim', ({ covered_by }) => {
    expect(covered_by.filter((id) => !registered.has(id))).toEqual([]);
  });
});

/** Where rows' texts cover a source: true at every offset inside an occurrence of some row's text. */
function coverage(source: string): boolean[] {
  const covered: boolean[] = Array.from({ length: source.length }, () => false);
  for (const { text } of rows)
    for (let i = source.indexOf(text); i !== -1; i = source.indexOf(text, i + 1))
      covered.fill(true, i, i + text.length);
  return covered;
}

describe.runIf(HAVE_SOURCES)('completeness', () => {
  // Every occurrence counts, not every distinct value: "8,192" is stated three times, of GB200
  // NVL72 GPUs, of a logical cluster and of B200 GPUs, and each statement needs its row.
  it('every number in both sources lies inside some row’s text', () => {
    const uncovered: string[] = [];
    for (const s of sources) {
      const covered = coverage(s.text);
      for (const t of numberTokenSpans(s.text)) {
        if (covered.slice(t.start, t.end).every(Boolean)) continue;
        const context = s.text.slice(Math.max(0, t.start - 40), t.end + 40).replaceAll('\n', ' ');
        uncovered.push(`${s.file}: “${t.token}” in “…${context}…”`);
      }
    }
    expect(uncovered, `${uncovered.length} numbers with no row in ${FIXTURES_DIR}:\n${uncovered.join('\n')}`).toEqual(
      [],
    );
  });

  // Sentences end at a full stop, a line break or a list item; each one with a number needs a
  // row inside it, so that no statement is covered only by a row that straddles two sentences.
  it('every sentence with a number in both sources has a row of its own', () => {
    const bare: string[] = [];
    for (const s of sources)
      for (const sentence of s.text.split(/(?<=[.!?”])\s+(?=[A-Z“])|\n+/)) {
        if (numberTokenSpans(sentence).length === 0) continue;
        if (!rows.some((r) => sentence.includes(r.text))) bare.push(`${s.file}: “${sentence.trim()}”`);
      }
    expect(bare, `${bare.length} sentences with a number and no row:\n${bare.join('\n')}`).toEqual([]);
  });
});
