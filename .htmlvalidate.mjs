/**
 * html-validate over the built site (dist/**\/*.html, `npm run test:dist`). The recommended
 * preset, relaxed only where Astro's or Starlight's own markup conflicts with it; each
 * relaxation says why. Everything the project writes itself is held to the full preset.
 */
export default {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      // Astro puts `<style>astro-island{display:contents}</style>` before the first island of a
      // page, inside the body. Allowing <style> as flow content accepts exactly that.
      style: { flow: true },
    },
  ],
  rules: {
    // Astro and Starlight write void elements self-closed (<meta />, <link />, <input />); valid HTML, a style choice.
    'void-style': 'off',
    // Starlight sizes its icons and TOC levels with style attributes (--sl-icon-size, --depth).
    // The CSP allows exactly those by hash (src/lib/csp/inline-hashes.ts).
    'no-inline-style': 'off',
    // Relaxed mode keeps the HTML5 rules (non-empty, no whitespace) but allows Starlight's
    // "_top" heading id and this site's permalink ids, which are quantity ids ("pretrain.goodput").
    'valid-id': ['error', { relaxed: true }],
    // Starlight's search, dialog and menu buttons have no type attribute (none is inside a form that submits).
    'no-implicit-button-type': 'off',
    // Starlight's desktop and mobile tables of contents are both labelled "On this page", and its
    // right sidebar is an unnamed <aside>.
    'unique-landmark': 'off',
    // Two relaxations for this site's own calculator markup (CalculatorIsland.tsx), not Starlight's:
    // a calculator is a <form> only so its fields group and Enter does nothing; it recomputes as
    // the reader types and never submits, so a submit button (WCAG technique H32) would do nothing.
    'wcag/h32': 'off',
    // Its results <dl> is named ("Results of …") so the live region says which calculator changed;
    // the rule itself says naming a <dl> is allowed, only "not recommended".
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // An inline number's popover lives inside a paragraph, where <ul>, <li> and <section> may not
    // go; its "used by" list is spans with the list roles, and its scrolling formula and long list
    // are spans with the region role (Q.astro). Every other native element is required.
    'prefer-native-element': ['error', { exclude: ['list', 'listitem', 'region'] }],
  },
};
