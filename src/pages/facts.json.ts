/** `/facts.json`: every source, input and derived quantity, with values, formulas, citations and pages; and the comparison runs. */
import type { APIRoute } from 'astro';
import { citedValues, engine } from '../data/facts';
import { factsDocument } from '../lib/present/facts-document';
import { quantityPages } from '../data/pages';
import { runClaimResults, runClaims, runResults } from '../data/runs';
import { runsDocument } from '../lib/present/runs-document';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        ...factsDocument(engine, citedValues, quantityPages()),
        runs: runsDocument(runResults, runClaims, runClaimResults),
      },
      null,
      2,
    ),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
