/**
 * Reads the facts files from disk, for the build and the tests: the one place that does. The
 * parsing and every check are pure (src/lib/facts/load.ts, src/lib/facts/runs.ts); errors name
 * the file (relative to `root`), the record and the field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildModel, isFactsFile, parseFactsFile } from '../lib/facts/load';
import { buildRuns } from '../lib/facts/runs';
import type { FactsFile } from '../lib/facts/schema';
import type { Model } from '../lib/engine/model';
import type { Run, RunClaim } from '../lib/runs/model';

/** Reads, parses and validates one file; `name` is how errors refer to it. */
export const readFactsFile = (path: string, name = path): { name: string; data: FactsFile } =>
  parseFactsFile(readFileSync(path, 'utf8'), name);

/** Every facts file in `dir` (`*.yaml`, `*.yml`, `*.json`), in name order, parsed and validated. */
export const readFactsDir = (dir: string, root = process.cwd()): { name: string; data: FactsFile }[] =>
  readdirSync(dir)
    .filter(isFactsFile)
    .sort()
    .map((f) => readFactsFile(join(dir, f), relative(root, join(dir, f))));

/** The model of every facts file in `dir` (the project's is content/facts). */
export const loadFacts = (dir: string, root = process.cwd()): Model => buildModel(readFactsDir(dir, root));

/** Every run and run claim in `dir`, checked against the model. */
export const loadRuns = (dir: string, model: Model, root = process.cwd()): { runs: Run[]; claims: RunClaim[] } =>
  buildRuns(readFactsDir(dir, root), model);
