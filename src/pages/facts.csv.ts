/** `/facts.csv`: every input and derived quantity of the site, one row each (the columns of `DATA_COLUMNS`). */
import type { APIRoute } from 'astro';
import { siteRows } from '../data/downloads';
import { dataCsv } from '../lib/present/data-export';

export const GET: APIRoute = () =>
  new Response(dataCsv(siteRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
