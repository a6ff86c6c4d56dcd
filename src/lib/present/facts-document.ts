/** The public facts document (`/facts.json`): a stable, citable export of the model. */
import type { Engine, Values } from '../engine/evaluate';
import { formatQuantity } from '../engine/format';
import { displayUnit } from '../engine/model';
import { citationOf } from './quantity';
import { claimsDocument } from './claims';
import type { runsDocument } from './runs-document';
import { citedRanges } from '../audit/intervals';
import { boxOf, createRanges } from '../engine/ranges';
import { sensitivity } from '../engine/sensitivity';
import { isCommit, isDay, type BuildVersion } from './citation-formats';
import { FACTS_SCHEMA_FILE, FACTS_SCHEMA_VERSION } from './facts-schema';

/** Which build a facts document comes from: its commit and date (null when unknown) and the site's URL. */
export interface BuildRecord {
  commit: string | null;
  date: string | null;
  url: string;
}

/** The build record of `version` on the site at `url`; "unknown" becomes null. */
export const buildRecord = (version: BuildVersion, url: string): BuildRecord => ({
  commit: isCommit(version.commit) ? version.commit : null,
  date: isDay(version.date) ? version.date : null,
  url,
});

/**
 * Builds the document; `pages` maps each quantity id to the site paths that show it, `build` says
 * which build it is. Claims carry their verdicts. Its format is the JSON Schema of facts-schema.ts,
 * published beside it and named in `$schema` (at the site's address, `build.url`). `runs` is
 * the comparison runs' part (runs-document.ts).
 */
export function factsDocument(
  engine: Engine,
  values: Values,
  pages: Record<string, string[]>,
  build: BuildRecord,
  runs: ReturnType<typeof runsDocument> = [],
) {
  const { model } = engine;
  const ranges = createRanges(engine);
  const box = boxOf(model);
  return {
    $schema: `${build.url}${FACTS_SCHEMA_FILE}`,
    schema_version: FACTS_SCHEMA_VERSION,
    build,
    sources: Object.values(model.sources),
    quantities: engine.order.map((id) => {
      const q = model.quantities[id]!;
      const common = {
        id,
        kind: q.kind,
        label: q.label,
        value: values[id],
        unit: displayUnit(q),
        text: formatQuantity(q, values[id]!).text,
        file: q.file,
        pages: pages[id] ?? [],
        dependents: engine.affectedBy([id]),
        /** Its range at the sources' precision, in `unit` (low = high for an exact figure). */
        range: (([low, high]) => ({ low, high }))(ranges.range(id, box)),
      };
      return q.kind === 'input'
        ? {
            ...common,
            stored: { value: q.value, unit: q.unit },
            assumption: q.assumption,
            ...(q.reading ? { reading: q.reading } : {}),
            ...(q.range_basis ? { range_reading: q.range_basis } : {}),
            citation: citationOf(model, q),
          }
        : {
            ...common,
            formula: q.formula,
            meaning: q.meaning,
            dependencies: engine.deps[id],
            inputs: engine.inputsOf(id),
            /** Each input's share of the range: moved alone across its range, normalised over the inputs. */
            sensitivity: sensitivity(ranges, model, id, box),
          };
    }),
    claims: claimsDocument(model, values, citedRanges(engine)),
    /** Former public ids, each with the id it now goes by. */
    aliases: {
      ...model.aliases,
      ...Object.fromEntries(
        Object.values(model.claims ?? {}).flatMap((c) => (c.aliases ?? []).map((a) => [a, c.id] as const)),
      ),
    },
    runs,
  };
}
