// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Browser globals that Node does not have (document, window, HTMLElement…): src/lib/ is pure
 * and runs in the build and the tests as well as the browser, so it may use none of them.
 */
const domOnly = Object.keys(globals.browser).filter((name) => !(name in globals.node) && !(name in globals.builtin));

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused arguments named with a leading underscore are intentional (callback signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Type-aware rules over the TypeScript code and the .astro components' frontmatter and scripts:
  // a promise is awaited or handled, and only a promise is awaited.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['src/**/*.astro'],
    languageOptions: {
      parserOptions: { project: true, extraFileExtensions: ['.astro'], tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'src/**/*.astro'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...domOnly.map((name) => ({ name, message: 'src/lib/ is pure: no DOM (the browser side is src/client/).' })),
      ],
    },
  },
);
