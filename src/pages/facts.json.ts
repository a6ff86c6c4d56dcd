/** `/facts.json`: every source, input and derived quantity, with values, formulas, citations and pages. */
import type { APIRoute } from 'astro';
import { citedValues, engine } from '../data/facts';
import { factsDocument } from '../lib/present/facts-document';
import { quantityPages } from '../data/pages';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(factsDocument(engine, citedValues, quantityPages()), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
