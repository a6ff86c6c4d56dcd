/** `/facts.json`: every source, input and derived quantity, with values, formulas, citations and pages; and the comparison runs. */
import type { APIRoute } from 'astro';
import { citedValues, engine } from '../data/facts';
import { buildRecord, factsDocument } from '../lib/present/facts-document';
import { quantityPages } from '../data/pages';
import { thisBuild } from '../data/build-info';
import { canonicalUrl } from '../lib/present/citation-formats';
import { runClaimResults, runClaims, runResults } from '../data/runs';
import { runsDocument } from '../lib/present/runs-document';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('/facts.json: set `site` in astro.config.mjs (SITE_URL) so the build record has a URL.');
  const build = buildRecord(thisBuild(), canonicalUrl(site.href, import.meta.env.BASE_URL));
  const runs = runsDocument(runResults, runClaims, runClaimResults);
  const document = factsDocument(engine, citedValues, quantityPages(), build, runs);
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
