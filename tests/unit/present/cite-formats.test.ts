/** Citations of a page: BibTeX escaping, the CSL-JSON item, the URL, and the access date swap. */
import { describe, expect, test } from 'vitest';
import {
  bibtexCitation,
  bibtexEscape,
  canonicalUrl,
  citationKey,
  CITATION_FORMATS,
  cslItem,
  cslJsonCitation,
  localDay,
  plainCitation,
  withAccessDate,
  type CitationFormat,
  type PageCitation,
} from '../../../src/lib/present/citation-formats';

/** A citation written out by hand, so each expected string below is checkable by eye. */
const base: PageCitation = {
  site: 'MAI Numbers',
  title: 'Pre-training MAI-Base-1',
  url: 'https://example.org/docs/pretraining/',
  accessed: '2026-11-22',
  version: { commit: 'abc1234', date: '2026-11-20' },
  scenario: [],
};

describe.each([
  // Every LaTeX special character, one at a time.
  { text: '50% & more', expected: '50\\% \\& more' },
  { text: 'a_b #1 $2', expected: 'a\\_b \\#1 \\$2' },
  { text: '{braces}', expected: '\\{braces\\}' },
  { text: 'x^2 ~ y', expected: 'x\\^{}2 \\~{} y' },
  // A backslash becomes a command, and its braces are not escaped again.
  { text: 'C:\\dir', expected: 'C:\\textbackslash{}dir' },
  // Text without specials, including typographic quotes, is left as it is.
  { text: 'MAI-1 “preview”', expected: 'MAI-1 “preview”' },
])('bibtexEscape($text)', ({ text, expected }) => {
  test(`is ${expected}`, () => expect(bibtexEscape(text)).toBe(expected));
});

describe.each([
  // The path carries the base; the site contributes only its origin.
  {
    site: 'https://example.org',
    path: '/docs/pretraining/',
    search: '',
    expected: 'https://example.org/docs/pretraining/',
  },
  // A scenario's query goes after the path.
  {
    site: 'https://example.org/',
    path: '/pretraining/',
    search: '?pretrain.goodput=0.8',
    expected: 'https://example.org/pretraining/?pretrain.goodput=0.8',
  },
  // The home page.
  { site: 'http://127.0.0.1:4321', path: '/', search: '', expected: 'http://127.0.0.1:4321/' },
])('canonicalUrl($site, $path, $search)', ({ site, path, search, expected }) => {
  test(`is ${expected}`, () => expect(canonicalUrl(site, path, search)).toBe(expected));
});

describe.each([
  { url: 'https://example.org/docs/pretraining/', expected: 'mai-numbers-docs-pretraining' },
  { url: 'https://example.org/', expected: 'mai-numbers-index' },
  // The query does not change the key: a scenario cites the same page.
  { url: 'https://example.org/stages/?pretrain.goodput=0.8', expected: 'mai-numbers-stages' },
])('citationKey($url)', ({ url, expected }) => {
  test(`is ${expected}`, () => expect(citationKey(url)).toBe(expected));
});

describe('plainCitation', () => {
  test('names the site, the title, the version, the URL and the access date', () => {
    expect(plainCitation(base)).toBe(
      'MAI Numbers. “Pre-training MAI-Base-1.” Version abc1234 of 2026-11-20. https://example.org/docs/pretraining/ (accessed 2026-11-22).',
    );
  });
  test('states a scenario after the citation', () => {
    const text = plainCitation({ ...base, scenario: ['Goodput 80 % (cited: 90 %)'] });
    expect(text).toMatch(/\(accessed 2026-11-22\)\. Scenario, not the cited values: Goodput 80 % \(cited: 90 %\)\.$/);
  });
});

describe('a build with no version (neither git nor BUILD_COMMIT)', () => {
  const unversioned = { ...base, version: { commit: 'unknown', date: 'unknown' } };
  test('the plain citation says "Unversioned build", not "Version unknown of unknown"', () => {
    expect(plainCitation(unversioned)).toBe(
      'MAI Numbers. “Pre-training MAI-Base-1.” Unversioned build. https://example.org/docs/pretraining/ (accessed 2026-11-22).',
    );
  });
  test('BibTeX has no version field and says so in the note', () => {
    const text = bibtexCitation(unversioned);
    expect(text).not.toContain('version =');
    expect(text).toContain('  note = {Unversioned build.},');
    expect(text).not.toContain('unknown');
  });
  test('CSL-JSON has no version and says so in the note', () => {
    const item = cslItem(unversioned);
    expect(item).not.toHaveProperty('version');
    expect(item['note']).toBe('Unversioned build.');
  });
  test('a commit without a date names the commit alone', () =>
    expect(plainCitation({ ...base, version: { commit: 'abc1234', date: 'unknown' } })).toContain(
      '” Version abc1234. https://',
    ));
});

describe('bibtexCitation', () => {
  const text = bibtexCitation({ ...base, title: 'Costs & 50% shares_of {GPU} time', scenario: ['Goodput 80 %'] });
  test('is a @misc entry keyed by the page', () => expect(text).toMatch(/^@misc\{mai-numbers-docs-pretraining,\n/));
  test('escapes the title and keeps it in double braces (its capitals kept)', () =>
    expect(text).toContain('  title = {{Costs \\& 50\\% shares\\_of \\{GPU\\} time}},'));
  test('keeps the URL verbatim', () => expect(text).toContain('  url = {https://example.org/docs/pretraining/},'));
  test('has the access date, version and year of the commit', () => {
    expect(text).toContain('  urldate = {2026-11-22},');
    expect(text).toContain('  version = {abc1234},');
    expect(text).toContain('  year = {2026},');
  });
  test('escapes the scenario in the note', () => expect(text).toContain('Goodput 80 \\%.}'));
  test('has balanced braces', () => {
    const unescaped = text.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });
  test('leaves the year out when the commit date is unknown', () =>
    expect(bibtexCitation({ ...base, version: { commit: 'unknown', date: 'unknown' } })).not.toContain('year ='));
});

describe('CSL-JSON', () => {
  test('is one webpage item with the URL, dates as date-parts and the version', () => {
    expect(cslItem(base)).toEqual({
      id: 'mai-numbers-docs-pretraining',
      type: 'webpage',
      title: 'Pre-training MAI-Base-1',
      'container-title': 'MAI Numbers',
      author: [{ literal: 'MAI Numbers' }],
      URL: 'https://example.org/docs/pretraining/',
      accessed: { 'date-parts': [[2026, 11, 22]] },
      issued: { 'date-parts': [[2026, 11, 20]] },
      version: 'abc1234',
    });
  });
  test('the document parses back to an array holding that item', () => {
    expect(JSON.parse(cslJsonCitation(base))).toEqual([cslItem(base)]);
  });
  test('a scenario becomes a note; an unknown commit date leaves `issued` out', () => {
    const item = cslItem({ ...base, version: { commit: 'abc1234', date: 'unknown' }, scenario: ['Goodput 80 %'] });
    expect(item['note']).toBe('Scenario, not the cited values: Goodput 80 %.');
    expect(item).not.toHaveProperty('issued');
  });
});

describe.each(Object.keys(CITATION_FORMATS) as CitationFormat[])('withAccessDate in %s', (format) => {
  const render = CITATION_FORMATS[format].render;
  test('gives what rendering with the new date gives', () => {
    const built = render(base);
    expect(withAccessDate(built, format, '2027-01-05')).toBe(render({ ...base, accessed: '2027-01-05' }));
  });
  test('leaves the version date alone when it equals the access date', () => {
    const same = { ...base, version: { commit: 'abc1234', date: base.accessed } };
    expect(withAccessDate(render(same), format, '2027-01-05')).toBe(render({ ...same, accessed: '2027-01-05' }));
  });
});

describe('localDay', () => {
  // Month and day are zero-padded; the date is the local one, as the reader's calendar shows it.
  test.each([
    { date: new Date(2026, 0, 5, 23, 59), expected: '2026-01-05' },
    { date: new Date(2026, 10, 22, 0, 0), expected: '2026-11-22' },
  ])('$expected', ({ date, expected }) => expect(localDay(date)).toBe(expected));
});
