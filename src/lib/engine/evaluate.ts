/**
 * The engine's types, as the rest of src/lib/ names them. An engine is made from a model and its
 * compiled program (engine.ts); the build and the tests make one with `createEngine` of
 * src/data/program.ts, which loads the program's text as a module (file IO, so not in src/lib/).
 * Code of src/lib/ that needs an engine for a model of its own (a run's) is given a `MakeEngine`.
 */
import type { Engine } from './engine';
import type { Model } from './model';

export { EngineError, type Engine, type Overrides, type Result, type Values } from './engine';

/** Makes an engine for a model (src/data/program.ts's `createEngine`). */
export type MakeEngine = (model: Model) => Engine;
