/**
 * The byte gate's mathjs detector (scripts/bench/mathjs.mjs) finds mathjs in a minified bundle of
 * any part of it the site might import, and finds nothing in a bundle of the browser's engine.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mathjsMarkers } from '../../../scripts/bench/mathjs.mjs';

/** A minified browser bundle of a module's source, as a string. */
async function bundle(contents: string): Promise<string> {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

describe('the mathjs detector', () => {
  it.each([
    ['the parser', `import { parse } from 'mathjs'; export const p = parse;`],
    ['units', `import { unit } from 'mathjs'; export const u = unit;`],
    ['the formatter', `import { format } from 'mathjs'; export const f = format;`],
    [
      'one arithmetic function from the factories',
      `import { create, addDependencies } from 'mathjs'; export const m = create({ addDependencies });`,
    ],
  ])(
    'finds mathjs in a bundle of %s',
    async (_what, source) => {
      expect(mathjsMarkers(await bundle(source))).not.toEqual([]);
    },
    60_000,
  );

  it('finds none in the browser’s engine and input grammar', async () => {
    const text = await bundle(
      `export * from './src/lib/engine/engine'; export * from './src/lib/engine/parse-input'; export * from './src/lib/engine/format';`,
    );
    expect(text.length).toBeGreaterThan(1000);
    expect(mathjsMarkers(text)).toEqual([]);
  }, 60_000);
});
