/**
 * The build reads the facts through loadFacts (src/data/facts.ts), so a broken facts file fails
 * `astro build` with the same message as the unit tests. Slow (one real build), so only one case.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('astro build with FACTS_DIR pointing at a broken fixture', () => {
  it('exits non-zero and names the file and the field', () => {
    const fixture = 'tests/fixtures/bad-facts/unknown-id';
    const outDir = mkdtempSync(join(tmpdir(), 'mai-bad-build-'));
    try {
      // npx runs the project's pinned Node (astro 7 refuses older ones).
      const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
        env: { ...process.env, FACTS_DIR: fixture },
        encoding: 'utf8',
        timeout: 150_000,
      });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status, output.slice(-2000)).not.toBe(0);
      expect(output).toContain(`${fixture}/run.yaml: "run.total", field "formula": unknown id "run.missing"`);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 180_000);
});
