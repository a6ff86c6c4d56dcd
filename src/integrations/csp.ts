/**
 * The Astro integration that completes each built page's Content-Security-Policy with the
 * hashes of inline scripts and styles Astro leaves out (see inline-hashes.ts).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withInlineHashes } from '../lib/csp/inline-hashes.ts';

/** Every file below a folder. */
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

export const cspInlineHashes = (): AstroIntegration => ({
  name: 'csp-inline-hashes',
  hooks: {
    'astro:build:done': ({ dir }) => {
      for (const file of walk(fileURLToPath(dir)).filter((f) => f.endsWith('.html')))
        writeFileSync(file, withInlineHashes(readFileSync(file, 'utf8')));
    },
  },
});
