/**
 * The build's (and the tests') way to the compiled formulas: the ES module `programSource` writes
 * for the browser, written to a file named by its hash and loaded with Node's `require` (which
 * loads ES modules since Node 22). The static HTML is so computed by the very text the browser
 * runs. Node only; no `eval`, no `new Function`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { programSource } from './compile';
import type { Model } from './model';
import type { Program } from './program';

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
