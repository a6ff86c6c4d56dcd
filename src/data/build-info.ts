/**
 * Which build of the site a reader is looking at: the git commit it was built from and that
 * commit's date, for citations. Read once at build time; `BUILD_COMMIT` and `BUILD_DATE` override
 * git (a host that builds from a tarball has no repository), and "unknown" stands in for either.
 */
import { execFileSync } from 'node:child_process';
import { isCommit, isDay, type BuildVersion } from '../lib/present/citation-formats.ts';

/** What stands in for a commit or date that cannot be read. */
export const UNKNOWN = 'unknown';

/** Runs git with `args`: its trimmed output, or undefined when git is missing or fails. */
export type GitReader = (args: string[]) => string | undefined;

/** The output of a git command, trimmed, or undefined when git is missing or fails. */
const git: GitReader = (args) => {
  try {
    const out = execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
};

/** A commit hash as given, if it looks like one (hex, 4 to 40 digits). */
const hash = (s: string | undefined): string | undefined => (isCommit(s) ? s : undefined);
/** A date as given, if it is YYYY-MM-DD. */
const day = (s: string | undefined): string | undefined => (isDay(s) ? s : undefined);

/** The build's version: environment override, else git (`readGit`), else "unknown". */
export function buildVersion(
  env: Record<string, string | undefined> = process.env,
  readGit: GitReader = git,
): BuildVersion {
  return {
    commit: hash(env['BUILD_COMMIT']) ?? hash(readGit(['rev-parse', '--short', 'HEAD'])) ?? UNKNOWN,
    date: day(env['BUILD_DATE']) ?? day(readGit(['log', '-1', '--format=%cs'])) ?? UNKNOWN,
  };
}

/** The site URL a build uses when `SITE_URL` is not set (astro.config.mjs). */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/**
 * What a build should warn about before it starts: no version to cite (neither git nor
 * `BUILD_COMMIT`), and no `SITE_URL` (citations, /facts.json and "Copy link" then name 127.0.0.1).
 */
export function buildWarnings(version: BuildVersion, env: Record<string, string | undefined> = process.env): string[] {
  const warnings: string[] = [];
  if (version.commit === UNKNOWN)
    warnings.push(
      'Neither git nor BUILD_COMMIT gives this build a version, so citations will say "unversioned build". ' +
        'Build from a git checkout, or set BUILD_COMMIT (and BUILD_DATE, YYYY-MM-DD).',
    );
  if (!env['SITE_URL'])
    warnings.push(
      `SITE_URL is not set, so citations, /facts.json and "Copy link" will name ${DEFAULT_SITE_URL}. ` +
        'Set SITE_URL to the address the site is served from (see README.md, Hosting).',
    );
  return warnings;
}

/** Today's date (UTC) as YYYY-MM-DD: the access date a citation shows before the page's script sets the reader's. */
export const buildDay = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

let cached: BuildVersion | undefined;
/** The version of the build in progress, read from git once. */
export const thisBuild = (): BuildVersion => (cached ??= buildVersion());
