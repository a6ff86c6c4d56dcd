/** Walking the dependency graph: pure, no mathjs, so that the browser's engine and the build share it. */

/** Every id reachable from `start` through `edges` (not including `start` itself). */
export function reachable(edges: Record<string, string[]>, start: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length) {
    for (const next of edges[stack.pop()!] ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}
