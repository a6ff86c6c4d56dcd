/** The Astro integration that prints `buildWarnings` (no version to cite, no SITE_URL) as a build starts. */
import type { AstroIntegration } from 'astro';
import { buildWarnings, thisBuild } from '../data/build-info.ts';

export const buildWarningsIntegration = (): AstroIntegration => ({
  name: 'build-warnings',
  hooks: {
    'astro:build:start': ({ logger }) => {
      for (const warning of buildWarnings(thisBuild())) logger.warn(warning);
    },
  },
});
