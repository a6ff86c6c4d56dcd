/**
 * The byte counter (scripts/bench/bytes.mjs) on a small built site written here: a page loads its
 * script and that script's static imports before use; a dynamic import (the runtime) and that
 * chunk's own dynamic imports, at any depth, count as code loaded after use, and as the engine.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gzipBytes, siteBytes } from '../../../scripts/bench/bytes.mjs';

const dist = mkdtempSync(join(tmpdir(), 'mai-bytes-'));
const files: Record<string, string> = {
  'boot.js': `import{a}from"./shared.js";const r=()=>import("./runtime.abc.js");export{r};`,
  'shared.js': `export const a=1;`,
  'runtime.abc.js': `import{a}from"./shared.js";import{f}from"./format.js";export const l=()=>import("./ranges.js");`,
  'format.js': `export const f=(n)=>String(n);`,
  'ranges.js': `export const g=()=>import("./deep.js");`,
  'deep.js': `export const d=2;`,
};
mkdirSync(join(dist, '_astro'));
for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, '_astro', name), text);
writeFileSync(
  join(dist, 'index.html'),
  `<html><body><script type="module" src="/_astro/boot.js"></script></body></html>`,
);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const size = (...names: string[]) => names.reduce((n, f) => n + gzipBytes(files[f]!), 0);

describe('siteBytes', () => {
  const page = siteBytes(dist)['/']!;

  it('counts the page script and its static imports before use, and no lazy chunk', () => {
    expect(page.before).toBe(size('boot.js', 'shared.js'));
  });

  it('counts a lazy chunk’s own lazy chunks, at any depth, as loaded after use', () => {
    expect([...page.lazyFiles].sort()).toEqual(
      ['/_astro/deep.js', '/_astro/format.js', '/_astro/ranges.js', '/_astro/runtime.abc.js'].sort(),
    );
  });

  it('counts the runtime, its static imports not loaded already, and its nested lazy chunks as the engine', () => {
    expect(page.engine).toBe(size('runtime.abc.js', 'format.js', 'ranges.js', 'deep.js'));
  });
});
