/**
 * Compiles the facts' formulas at build time into a static ES module of plain JavaScript: one
 * arrow function per derived quantity over every value in base units (mathjs's internal units: SI
 * or a custom base unit), the dependency order, the unit scales, the "show the work" templates.
 * mathjs parses each formula and the units it names; what ships is arithmetic, with no `eval`
 * and no `new Function`, so the browser needs neither mathjs nor a lax Content-Security-Policy.
 * Dimensions were checked with mathjs when the facts loaded (src/lib/facts/load.ts).
 */
import { formulaIds, toSymbols, topologicalOrder } from './graph';
import { liveIds } from './live';
import { parse, unit as mathUnit, unitNames } from './math';
import { displayUnit, type Model } from './model';
import { unitKey } from './parse-input';
import { DIMENSIONLESS, isKnownUnit, unitScale } from './units';
import { workText, type WorkNode } from './work-template';

/** Why a formula cannot be compiled: names the quantity and the part of the formula. */
export class CompileError extends Error {
  constructor(
    readonly quantity: string,
    reason: string,
  ) {
    super(`${quantity}: ${reason}`);
    this.name = 'CompileError';
  }
}

/** The JavaScript operator of each mathjs operator function the facts may use. */
const BINARY: Record<string, string> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '**',
  larger: '>',
  smaller: '<',
  largerEq: '>=',
  smallerEq: '<=',
};

/** Functions the facts may call, one argument each: rounding to whole numbers. mathjs refuses them on a value with a unit when the facts load, so they only ever round a plain count. */
const FUNCTIONS: Record<string, { js: string; args: number }> = {
  ceil: { js: 'Math.ceil', args: 1 },
  min: { js: 'Math.min', args: 2 },
};

interface Node {
  type: string;
  name?: string;
  value?: unknown;
  fn?: string;
  op?: string;
  args?: Node[];
  content?: Node;
  condition?: Node;
  trueExpr?: Node;
  falseExpr?: Node;
}

/** A number as JavaScript source, exactly (shortest round-trip form). */
const literal = (n: number): string => {
  if (!Number.isFinite(n)) throw new Error(`${n} is not a finite number`);
  return Object.is(n, -0) ? '-0' : String(n);
};

/**
 * The body of the function that computes `formula`: JavaScript over `v`, the base-unit values
 * indexed by `index`. A unit the formula names ("6 FLOP", "1 param / layer") becomes its scale.
 */
export function formulaBody(id: string, formula: string, index: ReadonlyMap<string, number>): string {
  const emit = (node: Node): string => {
    switch (node.type) {
      case 'ConstantNode':
        if (typeof node.value !== 'number')
          throw new CompileError(id, `the constant ${String(node.value)} is not a number`);
        return literal(node.value);
      case 'SymbolNode': {
        const name = node.name!;
        if (name.includes('__')) {
          const i = index.get(name.replaceAll('__', '.'));
          if (i === undefined) throw new CompileError(id, `unknown id "${name.replaceAll('__', '.')}"`);
          return `v[${i}]`;
        }
        if (!isKnownUnit(name)) throw new CompileError(id, `"${name}" is neither a quantity id nor a unit`);
        return literal(unitScale(name));
      }
      case 'ParenthesisNode':
        return emit(node.content!);
      case 'FunctionNode': {
        const fn = Object.hasOwn(FUNCTIONS, node.name!) ? FUNCTIONS[node.name!] : undefined;
        if (fn && node.args?.length === fn.args) return `${fn.js}(${node.args.map(emit).join(', ')})`;
        throw new CompileError(id, `the function "${node.name}" is not supported by the formula compiler`);
      }
      case 'ConditionalNode':
        return `(${emit(node.condition!)} ? ${emit(node.trueExpr!)} : ${emit(node.falseExpr!)})`;
      case 'OperatorNode': {
        const args = node.args!;
        if (node.fn === 'unaryMinus' && args.length === 1) return `(-${emit(args[0]!)})`;
        if (node.fn === 'unaryPlus' && args.length === 1) return emit(args[0]!);
        const op = BINARY[node.fn!];
        if (!op || args.length !== 2)
          throw new CompileError(id, `the operator "${node.op}" is not supported by the formula compiler`);
        const [a, b] = [emit(args[0]!), emit(args[1]!)];
        // A unit of scale 1 ("1 param / layer" in base units): multiplying or dividing by 1 is exact, so it is left out.
        if (b === '1' && (op === '*' || op === '/')) return a;
        if (a === '1' && op === '*') return b;
        return `(${a} ${op} ${b})`;
      }
      default:
        throw new CompileError(id, `a ${node.type} is not supported by the formula compiler`);
    }
  };
  return emit(parse(toSymbols(formula)) as unknown as Node);
}

/** The work template of a formula: its text in math notation with a slot for each term's value, and the terms' ids. */
export function workTemplate(model: Model, formula: string, id = formula): [string, string[]] {
  const terms: string[] = [];
  const term = (symbol: string) => {
    const ref = model.quantities[symbol.replaceAll('__', '.')];
    if (!ref) return undefined;
    terms.push(ref.id);
    return terms.length - 1;
  };
  const scaled = model.quantities[id]?.symbol?.startsWith('× ') ?? false;
  const text = workText(id, parse(toSymbols(formula)) as unknown as WorkNode, term, scaled);
  return [text, terms];
}

/** The program of a model, as plain data and function sources (not yet a module). */
export interface CompiledModel {
  order: string[];
  /** How many quantities, from the start of `order`, a live page can show (live.ts). */
  live: number;
  deps: Record<string, string[]>;
  scaleIn: Record<string, number>;
  scaleOut: Record<string, number>;
  /** Each derived quantity's function body, over `v`. */
  bodies: Record<string, string>;
  work: Record<string, [string, string[]]>;
}

/**
 * Compiles every formula of a validated model. Throws a CompileError naming the quantity. The
 * quantities a live page can show come first in `order` (live.ts), so that the browser's program,
 * which holds only those, gives each the position, and so the function text, it has in the build's.
 */
export function compileModel(model: Model): CompiledModel {
  let out = compiled.get(model);
  if (!out) compiled.set(model, (out = compile(model)));
  return out;
}

const compiled = new WeakMap<Model, CompiledModel>();

function compile(model: Model): CompiledModel {
  const direct: Record<string, string[]> = {};
  for (const q of Object.values(model.quantities)) direct[q.id] = q.kind === 'derived' ? formulaIds(q.formula) : [];
  const live = liveIds(model, direct);
  const deps: Record<string, string[]> = {};
  for (const id of [...live, ...Object.keys(direct).filter((id) => !live.has(id))]) deps[id] = direct[id]!;
  const order = topologicalOrder(deps);
  const index = new Map(order.map((id, i) => [id, i]));
  const out: CompiledModel = { order, live: live.size, deps, scaleIn: {}, scaleOut: {}, bodies: {}, work: {} };
  for (const id of order) {
    const q = model.quantities[id]!;
    out.scaleIn[id] = unitScale(q.unit);
    out.scaleOut[id] = unitScale(displayUnit(q));
    if (q.kind !== 'derived') continue;
    out.bodies[id] = formulaBody(id, q.formula, index);
    out.work[id] = workTemplate(model, q.formula, id);
  }
  return out;
}

/**
 * Which program to write: the build's, of every quantity, or the browser's, of the live ones. The
 * browser's does not list the ids: they are the keys of the page's model, which
 * src/lib/present/runtime-model.ts writes in this order (`liveOrder`) and the page fetches on first
 * intent (src/client/page-model.ts); the runtime hands the loaded model to the module's `programOf`.
 */
export type ProgramFor = { target: 'build' } | { target: 'browser' };

/** The ids of the live quantities in the order of the browser's program: the prefix of the build's order. */
export function liveOrder(model: Model): string[] {
  const c = compileModel(model);
  return c.order.slice(0, c.live);
}

/**
 * The ES module of a model's program (see program.ts). The build's, `export const program`, has
 * the text of every quantity (src/data/program.ts); the browser's, `export function programOf(model)`,
 * the same text cut to the live quantities (src/integrations/program-plugin.ts), which come first,
 * so each function reads the same in both. Formulas and work templates are written by position and
 * keyed by id when the program is made: at once in the build's, from the page's model in the browser's.
 */
export function programSource(model: Model, to: ProgramFor = { target: 'build' }): string {
  const c = compileModel(model);
  const ids = to.target === 'browser' ? c.order.slice(0, c.live) : c.order;
  const json = (x: unknown) => JSON.stringify(x);
  const index = new Map(ids.map((id, i) => [id, i]));
  // A template names its terms by position; its unique terms are the quantity's dependencies.
  const work = ids.map((id) => {
    const w = c.work[id];
    return w ? json([w[0], w[1].map((t) => index.get(t)!)]) : '';
  });
  const formulas = ids.map((id) => (id in c.bodies ? `(v) => ${c.bodies[id]}` : ''));
  // The same text in both, from `const byId` on; the browser's is the body of `programOf`.
  const body = `/** By id, from an array by position (an input has none). */
const byId = (list) => Object.fromEntries(order.flatMap((id, i) => (list[i] ? [[id, list[i]]] : [])));
${to.target === 'build' ? 'export const program =' : 'return'} {
  order,
  scaleIn: ${json(ids.map((id) => c.scaleIn[id]))},
  scaleOut: ${json(ids.map((id) => c.scaleOut[id]))},
  formulas: byId([
${formulas.map((f) => `    ${f},`).join('\n')}
  ]),
  work: byId([${work.join(',')}]),
};`;
  return `// Generated at build time by src/lib/engine/compile.ts from the facts: plain arithmetic over base units.
${
  to.target === 'build'
    ? `const order = ${json(ids)};
${body}`
    : `/**
 * The program for the page's model, whose keys are the ids in this order (runtime-model.ts): the
 * runtime hands it in once the model is loaded (src/client/page-model.ts).
 */
export function programOf(model) {
const order = Object.keys(model.quantities);
if (order.length !== ${ids.length}) throw new Error('The page’s model does not match the compiled formulas.');
${body}
}`
}
`;
}

/** A unit mathjs names with one word ("h", "GPU"), unlike a compound unit ("GPU / rack"). */
const isSimpleUnit = (u: string): boolean => /^[A-Za-z]+$/.test(u);

/**
 * The units a reader may type for a value stored in `stored`: every unit mathjs knows with the
 * same dimension (names, plurals, aliases: "s", "min", "day", "weeks"), keyed as `unitKey` writes
 * them, each with its scale in base units (h: 3600). A compound unit ("FLOP / s") accepts itself only.
 */
export function unitTable(stored: string): Record<string, number> {
  if (DIMENSIONLESS.has(stored)) return {};
  const table: Record<string, number> = {};
  const add = (name: string) => {
    const key = unitKey(name);
    const scale = unitScale(name);
    if (key in table && table[key] !== scale)
      throw new Error(
        `unit words "${key}" differ only in case and mean different things; the grammar cannot tell them apart`,
      );
    table[key] = scale;
  };
  add(stored);
  if (!isSimpleUnit(stored)) return table;
  const same = sameDimension(stored);
  for (const name of unitNames()) if (same(name)) add(name);
  return table;
}

/** A test of whether a unit name has the dimension of `unit` (mathjs's dimension vector). */
function sameDimension(unit: string): (name: string) => boolean {
  const key = (name: string) => JSON.stringify((mathUnit(1, name) as unknown as { dimensions: number[] }).dimensions);
  const want = key(unit);
  return (name) => {
    try {
      return key(name) === want;
    } catch {
      return false; // a name mathjs lists but cannot make a value of
    }
  };
}

/** The unit table of every unit an input of `model` is stored or shown in. */
export function unitTables(model: Model): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const q of Object.values(model.quantities)) if (q.kind === 'input') out[q.unit] ??= unitTable(q.unit);
  return out;
}
