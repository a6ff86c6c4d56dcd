/**
 * The engine as the build and the tests make it, from a model alone: its formulas compiled to the
 * same ES module the browser loads (load-program.ts), run by the one engine (engine.ts).
 */
import { createEngine as engineOf, type Engine } from './engine';
import { loadProgram } from './load-program';
import type { Model } from './model';

export { EngineError, type Engine, type Overrides, type Result, type Values } from './engine';

/** Builds an engine for a validated model, its formulas compiled. */
export const createEngine = (model: Model): Engine => engineOf(model, loadProgram(model));
