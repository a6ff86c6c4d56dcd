/**
 * Which build of the site a reader is looking at: the git commit it was built from and that
 * commit's date, for citations. Read once at build time; `BUILD_COMMIT` and `BUILD_DATE` override
 * git (a host that builds from a tarball has no repository), and "unknown" stands in for either.
 */
import { execFileSync } from 'node:child_process';
import type { BuildVersion } from './present/citation-formats';

/** What stands in for a commit or date that cannot be read. */
export const UNKNOWN = 'unknown';

/** The output of a git command, trimmed, or undefined when git is missing or fails. */
function git(args: string[]): string | undefined {
  try {
    const out = execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A commit hash as given, if it looks like one (hex, 4 to 40 digits). */
const hash = (s: string | undefined): string | undefined => (s && /^[0-9a-f]{4,40}$/i.test(s) ? s : undefined);
/** A date as given, if it is YYYY-MM-DD. */
const day = (s: string | undefined): string | undefined => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);

/** The build's version: environment override, else git, else "unknown". */
export function buildVersion(env: Record<string, string | undefined> = process.env): BuildVersion {
  return {
    commit: hash(env['BUILD_COMMIT']) ?? hash(git(['rev-parse', '--short', 'HEAD'])) ?? UNKNOWN,
    date: day(env['BUILD_DATE']) ?? day(git(['log', '-1', '--format=%cs'])) ?? UNKNOWN,
  };
}

/** Today's date (UTC) as YYYY-MM-DD: the access date a citation shows before the page's script sets the reader's. */
export const buildDay = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

let cached: BuildVersion | undefined;
/** The version of the build in progress, read from git once. */
export const thisBuild = (): BuildVersion => (cached ??= buildVersion());
