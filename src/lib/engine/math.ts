/**
 * The project's only mathjs import: a minimal instance with the domain's custom units.
 * Every other module reaches mathjs through the exports of this file.
 */
import {
  addDependencies,
  ceilDependencies,
  compileDependencies,
  create,
  createUnitDependencies,
  divideDependencies,
  largerDependencies,
  minDependencies,
  multiplyDependencies,
  parseDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unitDependencies,
  type EvalFunction,
  type FactoryFunctionMap,
  type MathNode,
  type Unit,
} from 'mathjs';

// Only what the facts' formulas use: + - * / and unary minus, `>` (larger) in conditionals,
// `ceil` (whole racks), `min` (a domain that fills at most a rack), units. mathjs runs at build time and in the tests only (parsing, unit checks, TeX, the oracle
// of the compiled formulas); the browser runs the formulas compiled to plain JavaScript
// (compile.ts). A formula that needs another function (pow, max…) adds its factory here and
// its translation to compile.ts; the build fails naming the formula until both exist.
// The generated dependency maps are typed as possibly undefined; they are all defined.
const math = create({
  addDependencies,
  ceilDependencies,
  compileDependencies,
  createUnitDependencies,
  divideDependencies,
  largerDependencies,
  minDependencies,
  multiplyDependencies,
  parseDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unitDependencies,
} as unknown as FactoryFunctionMap);

/** Custom base units of the domain: each is its own dimension, so GPU·h never equals h. */
export const CUSTOM_UNITS: Readonly<Record<string, readonly string[]>> = {
  GPU: ['GPUs'],
  token: ['tokens'],
  param: ['params', 'parameter', 'parameters'],
  FLOP: ['FLOPs'],
  layer: ['layers'],
  expert: ['experts'],
  rack: ['racks'],
  domain: ['domains'],
  step: ['steps'],
};
/** Custom units that take SI prefixes: a peak is quoted in PFLOP/s. */
const PREFIXED = new Set(['FLOP']);
for (const [name, aliases] of Object.entries(CUSTOM_UNITS)) {
  math.createUnit(name, { aliases: [...aliases], ...(PREFIXED.has(name) ? { prefixes: 'short' } : {}) });
}

export type { EvalFunction, MathNode, Unit };

/** A value the engine computes: a mathjs Unit, or a plain number when dimensionless. */
export type MathValue = Unit | number;

/** Parses an expression into a syntax tree; throws a mathjs error on bad syntax. */
export const parse = (expr: string): MathNode => math.parse(expr);

/** Compiles an expression once, so that it can be evaluated many times. */
export const compile = (expr: string): EvalFunction => math.compile(expr);

/** Writes a symbol of a formula differently; returns undefined to keep the default. */
export type SymbolWriter = (name: string) => string | undefined;

/** Options that hide implicit multiplication ("6 FLOP") and keep (text) or drop (TeX) redundant parentheses. */
const writeOptions = (symbol: SymbolWriter, parenthesis: 'keep' | 'auto') => ({
  parenthesis,
  implicit: 'hide' as const,
  handler: (node: MathNode) => {
    const n = node as unknown as { isSymbolNode?: boolean; name?: string };
    return n.isSymbolNode && n.name !== undefined ? symbol(n.name) : undefined;
  },
});

/** A parsed expression as LaTeX, with symbols written by `symbol` (mathjs `toTex`). */
export const toTex = (node: MathNode, symbol: SymbolWriter): string => node.toTex(writeOptions(symbol, 'auto'));

/** A parsed expression as plain text, with symbols written by `symbol` (mathjs `toString`). */
export const toText = (node: MathNode, symbol: SymbolWriter): string => node.toString(writeOptions(symbol, 'keep'));

/** Makes a unit value; `unit(51, 'h')`. Throws when the unit name is unknown. */
export const unit = (value: number, name: string): Unit => math.unit(value, name);

/** Parses a quantity written as text ("2.125 days"); throws when it is not one. */
export const parseUnit = (text: string): Unit => math.unit(text);

/** The name of every unit mathjs knows (aliases and plurals included, prefixes not), the custom ones too. */
export const unitNames = (): string[] =>
  Object.keys((math as unknown as { Unit: { UNITS: Record<string, unknown> } }).Unit.UNITS);

/** Whether a value is a mathjs Unit. */
export const isUnit = (v: unknown): v is Unit =>
  typeof v === 'object' && v !== null && (v as { type?: string }).type === 'Unit';
