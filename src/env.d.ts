/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** How many times each quantity has been rendered on this page, for unique anchors. */
    quantityAnchors?: Map<string, number>;
    /** The lists the page's popovers share (src/lib/present/page-refs.ts). */
    pageRefs?: import('./lib/present/page-refs').PageRefs;
  }
}

/** The facts' formulas compiled at build time (src/integrations/program-plugin.ts), for the page's loaded model. */
declare module 'virtual:mai-numbers/program' {
  export function programOf(model: import('./lib/engine/model').Model): import('./lib/engine/program').Program;
}
