/**
 * `/runtime-model.<hash>.json`: the model the live pages' runtime reads (src/lib/present/runtime-model.ts),
 * one file for the whole site, named by a hash of its text so it can be cached across pages and
 * builds; each page with numbers names it in `data-model-url` (LivePage.astro).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { model } from '../data/facts';
import { pagesOfDerived } from '../data/usage';
import { runtimeModelFile } from '../lib/present/runtime-model';

export const getStaticPaths = (() => [
  { params: { hash: runtimeModelFile(model, pagesOfDerived).hash } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(runtimeModelFile(model, pagesOfDerived).json, { headers: { 'Content-Type': 'application/json' } });
