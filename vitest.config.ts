import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The same mathjs as the site: BigNumber's decimal.js replaced by a stand-in (see astro.config.mjs).
  resolve: { alias: { 'decimal.js': fileURLToPath(new URL('./src/lib/engine/stubs/decimal.ts', import.meta.url)) } },
  test: {
    // mathjs goes through Vite, so the alias reaches its own import of decimal.js.
    server: { deps: { inline: ['mathjs'] } },
    include: ['tests/unit/**/*.test.ts'],
  },
});
