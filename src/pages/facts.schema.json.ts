/** `/facts.schema.json`: the JSON Schema of `/facts.json`, versioned, with `$id` at the site's address. */
import type { APIRoute } from 'astro';
import { canonicalUrl } from '../lib/present/citation-formats';
import { factsSchema } from '../lib/present/facts-schema';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('/facts.schema.json: set `site` in astro.config.mjs (SITE_URL) so the schema has an $id.');
  const schema = factsSchema(canonicalUrl(site.href, import.meta.env.BASE_URL));
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
};
