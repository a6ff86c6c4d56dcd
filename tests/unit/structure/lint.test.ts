/**
 * eslint covers what it should (`npm run lint` runs it): .astro components are linted with the
 * Astro plugin and the type-aware rules, and src/lib/ may use no DOM global.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
/** The same configuration without type information, to lint a snippet that is no file of the project. */
const untyped = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/await-thenable': 'off' },
  },
});
const SLOW = { timeout: 60_000 }; // eslint loads its plugins and TypeScript on first use

describe('.astro files', () => {
  it('are not ignored', SLOW, async () => expect(await eslint.isPathIgnored('src/components/Q.astro')).toBe(false));

  it('get the Astro plugin’s rules and the type-aware ones', SLOW, async () => {
    const config = (await eslint.calculateConfigForFile('src/components/Q.astro')) as {
      rules: Record<string, unknown>;
    };
    expect(Object.keys(config.rules)).toEqual(
      expect.arrayContaining(['astro/no-conflict-set-directives', '@typescript-eslint/no-floating-promises']),
    );
  });
});

describe('src/lib/', () => {
  it('may not use a DOM global', SLOW, async () => {
    const [result] = await untyped.lintText('export const title = () => document.title;\n', {
      filePath: 'src/lib/present/dom-probe.ts',
    });
    expect(result!.messages.map((m) => m.ruleId)).toContain('no-restricted-globals');
  });

  it('may use what Node and the browser share', SLOW, async () => {
    const [result] = await untyped.lintText('export const id = () => crypto.randomUUID();\n', {
      filePath: 'src/lib/present/dom-probe.ts',
    });
    expect(result!.messages.filter((m) => m.ruleId === 'no-restricted-globals')).toEqual([]);
  });
});
