/**
 * The Vite plugin that serves the compiled formulas to the browser as a static ES module,
 * `virtual:mai-numbers/program`: the text `programSource` writes from the facts for the quantities
 * a live page can show (live.ts), which is the build's own text (src/data/program.ts) cut to them, so
 * the static HTML and the browser run the same functions. It exports `programOf(model)`: its ids are
 * the keys of the page's model (src/client/page-model.ts), which lists them in the program's order
 * and which the runtime hands in once it is loaded. A broken facts file fails the build with its
 * FactsError, naming the file and the field.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { programSource } from '../lib/engine/compile.ts';
import { loadFacts } from '../data/facts-files.ts';

const ID = 'virtual:mai-numbers/program';
const RESOLVED = `\0${ID}`;

/** The plugin; facts are read from FACTS_DIR (default content/facts), as src/data/facts.ts reads them. */
export function formulaProgram() {
  return {
    name: 'mai-numbers-program',
    resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
    load(this: { addWatchFile(file: string): void }, id: string) {
      if (id !== RESOLVED) return undefined;
      const dir = process.env['FACTS_DIR'] ?? 'content/facts';
      for (const f of readdirSync(dir)) this.addWatchFile(resolve(join(dir, f)));
      return programSource(loadFacts(dir), { target: 'browser' });
    },
  };
}
