/** The build's version for citations: environment overrides, git, and the fallback. */
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { buildDay, buildVersion, buildWarnings, UNKNOWN } from '../../../src/data/build-info';
import { buildRecord } from '../../../src/lib/present/facts-document';

/** What git itself says, computed here independently of the code under test (undefined without git). */
const git = (args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
};

describe('buildVersion', () => {
  test('takes BUILD_COMMIT and BUILD_DATE when they are well formed', () =>
    expect(buildVersion({ BUILD_COMMIT: 'deadbeef', BUILD_DATE: '2026-01-02' })).toEqual({
      commit: 'deadbeef',
      date: '2026-01-02',
    }));
  test('ignores malformed overrides and falls back to git or "unknown"', () => {
    const v = buildVersion({ BUILD_COMMIT: '<script>', BUILD_DATE: 'yesterday' });
    expect(v.commit).toBe(git(['rev-parse', '--short', 'HEAD']) ?? UNKNOWN);
    expect(v.date).toBe(git(['log', '-1', '--format=%cs']) ?? UNKNOWN);
  });
});

describe('without git and without BUILD_COMMIT', () => {
  const noGit = () => undefined;
  const version = buildVersion({}, noGit);
  test('the version is unknown', () => expect(version).toEqual({ commit: UNKNOWN, date: UNKNOWN }));
  test('the build warns, saying what citations will say and how to fix it', () => {
    const [warning] = buildWarnings(version, { SITE_URL: 'https://example.org' });
    expect(warning).toMatch(/unversioned build/);
    expect(warning).toMatch(/BUILD_COMMIT/);
  });
  test('BUILD_COMMIT alone is enough not to warn about the version', () =>
    expect(buildWarnings(buildVersion({ BUILD_COMMIT: 'abc1234' }, noGit), { SITE_URL: 'https://x.org' })).toEqual([]));
  test('/facts.json records an unknown commit and date as null', () =>
    expect(buildRecord(version, 'https://example.org/')).toEqual({
      commit: null,
      date: null,
      url: 'https://example.org/',
    }));
});

test('the build warns when SITE_URL is not set', () => {
  const warnings = buildWarnings({ commit: 'abc1234', date: '2026-01-02' }, {});
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/SITE_URL is not set/);
});

test('buildDay is the UTC calendar date', () =>
  // 23:30 on 31 Dec 2026 in UTC−2 is 01:30 on 1 Jan 2027 in UTC.
  expect(buildDay(new Date('2026-12-31T23:30:00-02:00'))).toBe('2027-01-01'));
