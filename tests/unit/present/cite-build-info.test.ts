/** The build's version for citations: environment overrides, git, and the fallback. */
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { buildDay, buildVersion, UNKNOWN } from '../../../src/lib/build-info';

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

test('buildDay is the UTC calendar date', () =>
  // 23:30 on 31 Dec 2026 in UTC−2 is 01:30 on 1 Jan 2027 in UTC.
  expect(buildDay(new Date('2026-12-31T23:30:00-02:00'))).toBe('2027-01-01'));
