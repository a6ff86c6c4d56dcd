/**
 * The build's (and the tests') way to the compiled formulas and an engine that runs them: the ES module `programSource` writes
 * for the browser, written to a file named by its hash and loaded with Node's `require` (which
 * loads ES modules since Node 22). The static HTML is so computed by the very text the browser
 * runs. Node only; no `eval`, no `new Function`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { programSource } from '../lib/engine/compile';
import { createEngine as engineOf, type Engine } from '../lib/engine/engine';
import type { Model } from '../lib/engine/model';
import type { Program } from '../lib/engine/program';

const cache = new WeakMap<Model, Program>();
const require = createRequire(import.meta.url);

/** The compiled program of a model, made once per model. */
export function loadProgram(model: Model): Program {
  let program = cache.get(model);
  if (!program) {
    const source = programSource(model);
    const dir = join(tmpdir(), 'mai-numbers-programs');
    const file = join(dir, `${createHash('sha256').update(source).digest('hex').slice(0, 20)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, source);
    }
    program = (require(file) as { program: Program }).program;
    cache.set(model, program);
  }
  return program;
}

/** Builds an engine for a validated model, its formulas compiled (the site's, or a run's model). */
export const createEngine = (model: Model): Engine => engineOf(model, loadProgram(model));
