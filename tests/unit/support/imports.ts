/**
 * The import graph of the project's own code, for the boundary tests: every static, type-only,
 * re-exporting and dynamic import of each file under src/ (TypeScript's own scanner reads them),
 * with relative specifiers resolved to files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const CODE = /\.(ts|tsx|mts|mjs|js|astro)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '.astro', '/index.ts'];

/** Every code file under `dir`, relative to the project root, sorted. */
export const codeFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? codeFiles(join(dir, e.name)) : CODE.test(e.name) ? [join(dir, e.name)] : []))
    .sort();

/** The script parts of an .astro file: its frontmatter and its <script> elements. */
function scriptOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return [front, ...scripts].join('\n;\n');
}

/** The specifiers a file imports, in every form (static, `import type`, `export … from`, `import()`). */
export function specifiersOf(file: string): string[] {
  const info = ts.preProcessFile(scriptOf(file, readFileSync(file, 'utf8')), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** A relative specifier as a project file, or undefined for a package, a built-in or a virtual module. */
export function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = join(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative('.', candidate);
  }
  throw new Error(`${from}: cannot resolve the import "${specifier}"`);
}

/** File → the project files it imports, for every code file under `dir`. */
export function importGraph(dir = 'src'): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of codeFiles(dir))
    graph.set(file, [...new Set(specifiersOf(file).flatMap((s) => resolve(file, s) ?? []))]);
  return graph;
}

/** The import cycles of a graph, each as the files around it (Tarjan's strongly connected components). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return out;
}
