/**
 * The JSON Schema of `/facts.json` (published as `/facts.schema.json`), written beside the
 * document's builders (facts-document.ts, claims.ts, runs-document.ts). Every object is closed
 * (`additionalProperties: false`), so a field the document gains without a line here fails
 * `tests/unit/structure/facts-schema.test.ts`. Bump `FACTS_SCHEMA_VERSION` with any change: the
 * major part when a field is removed or changes meaning, the minor part when one is added.
 * The claims' `check` is the facts files' own zod schema, converted, so the two cannot drift.
 */
import { z } from 'zod';
import { checkSchema } from '../facts/schema';

/** The version of the document's format; `/facts.json` names it in `schema_version`. */
export const FACTS_SCHEMA_VERSION = '1.0.0';

/** The schema's file name, beside /facts.json. */
export const FACTS_SCHEMA_FILE = 'facts.schema.json';

type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const num: Schema = { type: 'number' };
const bool: Schema = { type: 'boolean' };
const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: 'null' }] });
const list = (items: Schema): Schema => ({ type: 'array', items });
const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });
const mapOf = (values: Schema): Schema => ({ type: 'object', additionalProperties: values });
/** A closed object: `required` are the keys always present, the rest of `props` may be left out. */
const object = (props: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  properties: props,
  required: Object.keys(props).filter((k) => !optional.includes(k)),
  additionalProperties: false,
});
const described = (description: string, s: Schema): Schema => ({ description, ...s });

const span = object({ low: num, high: num });

const quantityCommon = {
  id: str,
  label: str,
  value: described('The value at the cited inputs, in `unit` (the display unit).', num),
  unit: described('The display unit: a mathjs unit, a custom unit of the site, "%" or "1".', str),
  text: described('The value as the site writes it.', str),
  file: described('The facts file that defines it.', str),
  pages: described('The site paths that show it.', list(str)),
  dependents: described('Every quantity computed from it, in evaluation order.', list(str)),
  range: described('Its range at the sources’ precision, in `unit` (low = high when exact).', span),
};

const input = object(
  {
    ...quantityCommon,
    kind: { const: 'input' },
    stored: described(
      'The value as formulas compute with it (a fraction, not a percentage).',
      object({ value: num, unit: str }),
    ),
    assumption: described('True where no source states the figure: this site’s choice.', bool),
    reading: described('How the source’s words became the number.', str),
    range_reading: described(
      'How its range was read: as written (stated), exact, held fixed, a switch, or this site’s reading of the words.',
      object({ kind: { enum: ['stated', 'exact', 'fixed', 'switch', 'reading'] }, text: str }),
    ),
    citation: object(
      {
        inputId: str,
        label: str,
        sourceId: str,
        sourceTitle: str,
        author: str,
        date: str,
        url: str,
        locator: str,
        quote: str,
        assumption: bool,
      },
      ['date', 'url', 'quote'],
    ),
  },
  ['reading', 'range_reading'],
);

const derived = object({
  ...quantityCommon,
  kind: { const: 'derived' },
  formula: described('A mathjs formula over other ids.', str),
  meaning: str,
  dependencies: described('The ids its formula names.', list(str)),
  inputs: described('The inputs it depends on, directly or not.', list(str)),
  sensitivity: described(
    'Each input’s share of the range, moved alone across its range.',
    list(object({ input: str, share: num })),
  ),
});

const source = object(
  {
    id: str,
    title: str,
    author: str,
    date: str,
    accessed: str,
    url: str,
    kind: { enum: ['primary', 'secondary', 'news', 'ours'] },
    note: str,
  },
  ['date', 'accessed', 'url', 'note'],
);

const verdict: Schema = { enum: ['consistent', 'inconsistent', 'not-checkable'] };

/** The facts files' schema of `check`, without its own `$schema` (it sits inside this one). */
const check: Schema = Object.fromEntries(
  Object.entries(z.toJSONSchema(checkSchema) as Schema).filter(([k]) => k !== '$schema'),
);

const claim = object({
  id: str,
  aliases: described('Former ids of the claim.', list(str)),
  source: str,
  locator: str,
  statement: str,
  stated: described('The stated value and unit as written.', nullable(object({ value: num, unit: str }))),
  stated_value: described('The stated value in `unit`.', nullable(num)),
  quantity: nullable(str),
  unit: nullable(str),
  stated_range: described('The stated figure’s interval, in `unit`.', nullable(span)),
  recomputed_range: described('The recomputed range at the sources’ precision, in `unit`.', nullable(span)),
  gap_in_ranges: described('For disjoint intervals, the gap in widths of the recomputed range.', nullable(num)),
  check: described('The predicate a non-numeric claim is checked by (one key).', nullable(check)),
  reasoning: str,
  detail: nullable(str),
  recomputed: nullable(num),
  verdict,
  ratio: nullable(num),
  difference: nullable(num),
  difference_unit: described('The unit of `difference` ("percentage points" for a %).', nullable(str)),
  explanation: nullable(str),
  text: object({ stated: nullable(str), recomputed: nullable(str), difference: nullable(str) }),
  file: str,
});

const runFigure = object(
  { value: num, unit: str, source: str, locator: str, assumption: bool, quote: str, reading: str, note: str },
  ['quote', 'reading', 'note'],
);

const run = object(
  {
    id: str,
    label: str,
    cited: described('True for the one run whose figures are the facts’ own (MAI-Base-1).', bool),
    sources: list(str),
    note: str,
    inputs: described('The figures behind the run’s values, by comparison id.', mapOf(ref('runFigure'))),
    values: described(
      'The comparison values the run’s figures determine, in each quantity’s display unit.',
      mapOf(num),
    ),
    not_published: described('Comparison quantities the run’s figures do not determine.', list(str)),
    notes: described('By comparison id, the conventions its value rests on.', mapOf(list(str))),
    claims: list(
      object({
        id: str,
        source: str,
        locator: str,
        statement: str,
        quantity: nullable(str),
        stated_value: nullable(num),
        recomputed: nullable(num),
        verdict,
        explanation: nullable(str),
      }),
    ),
  },
  ['note'],
);

/** The schema, with `$id` at the site's address (`siteUrl` ends in "/"). */
export function factsSchema(siteUrl: string): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${siteUrl}${FACTS_SCHEMA_FILE}`,
    title: 'MAI Numbers facts document (/facts.json)',
    description: `Every source, input, derived quantity, claim and comparison run of the site, at the cited values. Format version ${FACTS_SCHEMA_VERSION}.`,
    version: FACTS_SCHEMA_VERSION,
    ...object({
      $schema: described('The address of this schema.', str),
      schema_version: { const: FACTS_SCHEMA_VERSION },
      build: described(
        'The build: its git commit and day (null when unknown) and the site’s address.',
        object({ commit: nullable(str), date: nullable(str), url: str }),
      ),
      sources: list(ref('source')),
      quantities: list({ oneOf: [ref('input'), ref('derived')] }),
      claims: list(ref('claim')),
      aliases: described('Former public ids, each with the id it now goes by.', mapOf(str)),
      runs: list(ref('run')),
    }),
    $defs: { source, input, derived, claim, run, runFigure },
  };
}
