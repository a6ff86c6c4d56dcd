// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { fileURLToPath } from 'node:url';
import { cspInlineHashes } from './src/integrations/csp.ts';
import { buildWarningsIntegration } from './src/integrations/build-warnings.ts';
import { DEFAULT_SITE_URL } from './src/data/build-info.ts';
import { formulaProgram } from './src/integrations/program-plugin.ts';

// Where the site is hosted, set without editing code: SITE_URL=https://example.org BASE_PATH=/docs
// Citations, /facts.json and "Copy link" name this URL; the build warns when SITE_URL is unset.
const site = process.env.SITE_URL ?? DEFAULT_SITE_URL;
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  // mathjs runs at build time only (parsing, unit checks, TeX; the browser runs the compiled
  // formulas). decimal.js (BigNumber) is replaced by a stand-in that throws if a BigNumber is made
  // (src/lib/engine/stubs/decimal.ts); vitest.config.ts does the same.
  vite: {
    // The facts' formulas compiled to plain JavaScript (virtual:mai-numbers/program), for the browser.
    plugins: [formulaProgram()],
    resolve: { alias: { 'decimal.js': fileURLToPath(new URL('./src/lib/engine/stubs/decimal.ts', import.meta.url)) } },
    ssr: { noExternal: ['mathjs'] },
  },
  site,
  base,
  trailingSlash: 'ignore',
  // A strict Content-Security-Policy, emitted as a <meta http-equiv> in every page. Astro adds
  // script-src and style-src with a hash of every script and style it emits (Starlight's inline
  // theme script included); no 'unsafe-inline', no 'unsafe-eval'. tests/e2e/csp.spec.ts checks it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  integrations: [
    starlight({
      title: 'MAI Numbers',
      description:
        'How Microsoft AI’s MAI models were built and trained, with every number recomputed from its cited inputs.',
      markdown: { processedDirs: ['./content/docs'] },
      routeMiddleware: './src/route-middleware.ts',
      customCss: [
        './src/styles/numbers.css',
        './src/styles/small-screens.css',
        './src/styles/layout.css',
        './src/styles/tables.css',
        './src/styles/print.css',
        './src/styles/figures.css',
        './src/styles/contrast.css',
      ],
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Footer: './src/components/overrides/Footer.astro',
        Search: './src/components/overrides/Search.astro',
      },
      sidebar: [
        { label: 'Overview', slug: 'index' },
        { label: 'MAI-1-preview', slug: 'mai-1-preview' },
        {
          label: 'Training run',
          items: [
            { label: 'Pre-training time', slug: 'pretraining' },
            { label: 'Stages', slug: 'stages' },
            { label: 'Compute', slug: 'compute' },
            { label: 'Hardware', slug: 'hardware' },
            { label: 'Beside other runs', slug: 'comparison' },
          ],
        },
        { label: 'Architecture', slug: 'architecture' },
        { label: 'Reinforcement learning', slug: 'reinforcement-learning' },
        {
          label: 'Checking the sources',
          items: [
            { label: 'Claims audit', slug: 'audit' },
            { label: 'Sources and method', slug: 'method' },
          ],
        },
      ],
    }),
    preact(),
    cspInlineHashes(),
    buildWarningsIntegration(),
  ],
});
