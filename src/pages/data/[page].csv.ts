/** `/data/<page>.csv`: the numbers a page shows and the ones they are computed from, one row each. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageData, type PageData } from '../../data/downloads';
import { dataCsv } from '../../lib/present/data-export';

export const getStaticPaths = (() =>
  pageData().map((p) => ({ params: { page: p.slug }, props: { data: p } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: PageData }> = ({ props }) =>
  new Response(dataCsv(props.data.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
