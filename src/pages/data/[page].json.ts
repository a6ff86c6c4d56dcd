/** `/data/<page>.json`: a page's numbers as JSON, with the page's URL, the build and which ids it shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageData, type PageData } from '../../data/downloads';
import { thisBuild } from '../../data/build-info';
import { canonicalUrl } from '../../lib/present/citation-formats';

export const getStaticPaths = (() =>
  pageData().map((p) => ({ params: { page: p.slug }, props: { data: p } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: PageData }> = ({ props, site }) =>
  new Response(
    JSON.stringify(
      {
        page: site ? canonicalUrl(site.href, props.data.path) : props.data.path,
        version: thisBuild(),
        shown: props.data.shown,
        quantities: props.data.rows,
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
