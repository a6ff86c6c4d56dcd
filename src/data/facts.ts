/** The site's facts, loaded and checked once per build: the model, its engine, and the cited values. */
import { loadFacts } from './facts-files';
import { createEngine } from './program';

/** Where the facts files live, relative to the project root; FACTS_DIR overrides it (tests build a broken fixture). */
export const FACTS_DIR = process.env['FACTS_DIR'] ?? 'content/facts';

export const model = loadFacts(FACTS_DIR);
export const engine = createEngine(model);

const result = engine.evaluate();
if (!result.ok) throw result.error;
/** Every quantity at its cited value, in its display unit. */
export const citedValues = result.value;
