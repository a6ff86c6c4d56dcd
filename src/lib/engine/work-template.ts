/**
 * The "show the work" template of a formula, written once at build time from its syntax tree: the
 * formula in math notation (×, −, /, superscript powers, units as words, only the parentheses
 * that precedence needs), with a slot for each term's value. A conditional (`c > 0 ? a : b`)
 * becomes a branch mark that the live page resolves (src/lib/present/formula-work.ts), so a work
 * line shows only the branch that was taken and never code syntax. No mathjs import: it reads
 * the tree mathjs parsed (compile.ts).
 */
import { superscript } from './format';
import { BRANCH, slot } from './program';

/** The parts of a mathjs node this writer reads. */
export interface WorkNode {
  type: string;
  name?: string;
  value?: unknown;
  fn?: string;
  op?: string;
  implicit?: boolean;
  args?: WorkNode[];
  content?: WorkNode;
  condition?: WorkNode;
  trueExpr?: WorkNode;
  falseExpr?: WorkNode;
}

/** Binding strength of each operator: a child that binds less tightly than its parent is parenthesised. */
const PRECEDENCE: Record<string, number> = { add: 1, subtract: 1, multiply: 2, divide: 2, unaryMinus: 3, pow: 4 };
const SYMBOL: Record<string, string> = { add: '+', subtract: '−', multiply: '×', divide: '/' };
/** The comparisons a branch may test (its operands are compared in base units by the reader's page). */
const COMPARISONS = new Set(['larger', 'smaller', 'largerEq', 'smallerEq', 'equal', 'unequal']);
const ATOM = 9;

/** A constant as a reader writes it: "6", "0.5", "1,000", a power of ten as "10²⁴", a large one as "2 × 10¹⁸". */
export function constantText(n: number): string {
  if (n !== 0 && Math.abs(n) >= 1e6) {
    const exponent = Math.floor(Math.log10(Math.abs(n)));
    const mantissa = Number((n / 10 ** exponent).toPrecision(12));
    return mantissa === 1 ? `10${superscript(exponent)}` : `${mantissa} × 10${superscript(exponent)}`;
  }
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 12 }).format(n).replace(/^-/, '−');
}

interface Written {
  text: string;
  precedence: number;
  /** Written from units and numbers only ("FLOP", "param·token"): joined to a neighbour without ×. */
  unit: boolean;
  /** A branch mark parenthesises each branch on its own, as the place it stands in needs. */
  within?: (min: number) => string;
}

/** Whether a node names no quantity (a constant, a unit, or arithmetic on them: "10²⁴ FLOP"); a quantity's symbol has "__". */
const termFree = (node: WorkNode): boolean =>
  node.type === 'SymbolNode'
    ? !node.name!.includes('__')
    : [node.content, ...(node.args ?? [])].every((n) => n === undefined || termFree(n));

/**
 * The work template of a formula's syntax tree. `term(name)` gives the slot index of a symbol that
 * names a quantity (undefined for a unit word). A quantity shown in a scale of its own ("6.3 ×
 * 10²⁴ FLOP", its formula ending "/ (1e24 FLOP)") is `scaled`: its line leaves out that last
 * division, so that it reads "… = 6.3 × 10²⁴ FLOP" and stays true. Throws, naming `id`, on a
 * shape it cannot write.
 */
export function workText(
  id: string,
  root: WorkNode,
  term: (name: string) => number | undefined,
  scaled = false,
): string {
  const fail = (reason: string): never => {
    throw new Error(`${id}: ${reason} (in its "show the work" line)`);
  };
  const wrap = (w: Written, min: number): string =>
    w.within ? w.within(min) : w.precedence < min ? `(${w.text})` : w.text;

  /** One operand of a branch's condition: a term's slot or a plain number. */
  const operand = (node: WorkNode): string => {
    const n = node.type === 'ParenthesisNode' ? node.content! : node;
    if (n.type === 'ConstantNode' && typeof n.value === 'number') return `${BRANCH.number}${n.value}`;
    const i = n.type === 'SymbolNode' ? term(n.name!) : undefined;
    if (i === undefined) return fail('a condition may compare only a quantity and a plain number');
    return slot(i);
  };

  const write = (node: WorkNode): Written => {
    switch (node.type) {
      case 'ConstantNode':
        if (typeof node.value !== 'number') return fail(`the constant ${String(node.value)} is not a number`);
        return { text: constantText(node.value), precedence: ATOM, unit: false };
      case 'SymbolNode': {
        const i = term(node.name!);
        return i === undefined
          ? { text: node.name!, precedence: ATOM, unit: true }
          : { text: slot(i), precedence: ATOM, unit: false };
      }
      case 'ParenthesisNode':
        return write(node.content!);
      case 'FunctionNode': {
        const args = (node.args ?? []).map((a) => write(a).text);
        // Rounding up is written as the ceiling brackets, the smaller of two as min(a, b).
        if (node.name === 'ceil' && args.length === 1) return { text: `⌈${args[0]}⌉`, precedence: ATOM, unit: false };
        if (node.name === 'min' && args.length === 2)
          return { text: `min(${args.join(', ')})`, precedence: ATOM, unit: false };
        return fail(`the function "${node.name}" is not supported`);
      }
      case 'ConditionalNode': {
        const c = node.condition!.type === 'ParenthesisNode' ? node.condition!.content! : node.condition!;
        if (c.type !== 'OperatorNode' || !COMPARISONS.has(c.fn!) || c.args?.length !== 2)
          return fail('a condition must be one comparison');
        const [a, b] = c.args as [WorkNode, WorkNode];
        const yes = write(node.trueExpr!);
        const no = write(node.falseExpr!);
        const test = [operand(a), c.fn!, operand(b)].join(BRANCH.part);
        const within = (min: number) =>
          BRANCH.open + test + BRANCH.then + wrap(yes, min) + BRANCH.else + wrap(no, min) + BRANCH.close;
        return { text: within(0), precedence: ATOM, unit: false, within };
      }
      case 'OperatorNode': {
        const args = node.args ?? [];
        if (node.fn === 'unaryPlus' && args.length === 1) return write(args[0]!);
        if (node.fn === 'unaryMinus' && args.length === 1) {
          const a = write(args[0]!);
          return { text: `−${wrap(a, PRECEDENCE.pow!)}`, precedence: PRECEDENCE.unaryMinus!, unit: false };
        }
        if (args.length !== 2) return fail(`the operator "${node.op}" is not supported`);
        const [a, b] = [write(args[0]!), write(args[1]!)];
        if (node.fn === 'pow') {
          const e = args[1]!.type === 'ConstantNode' ? args[1]!.value : undefined;
          if (typeof e !== 'number' || !Number.isInteger(e)) return fail('a power must have a whole-number exponent');
          return { text: `${wrap(a, ATOM)}${superscript(e)}`, precedence: PRECEDENCE.pow!, unit: a.unit };
        }
        const p = PRECEDENCE[node.fn!];
        if (p === undefined) return fail(`the operator "${node.op}" is not supported here`);
        const left = wrap(a, p);
        // The right operand of − and / is parenthesised at equal precedence too: a − (b − c), a / (b × c).
        const right = wrap(b, node.fn === 'subtract' || node.fn === 'divide' ? p + 1 : p);
        if (node.fn === 'multiply') {
          // "6 FLOP", "param·token": a unit joins its neighbour the way units are written.
          if (a.unit && b.unit) return { text: `${left}·${right}`, precedence: p, unit: true };
          if (b.unit && !a.unit && node.implicit) return { text: `${left} ${right}`, precedence: p, unit: false };
        }
        if (node.fn === 'divide' && a.unit && b.unit) return { text: `${left}/${right}`, precedence: p, unit: true };
        return { text: `${left} ${SYMBOL[node.fn!]} ${right}`, precedence: p, unit: false };
      }
      default:
        return fail(`a ${node.type} is not supported`);
    }
  };
  const top = root.type === 'ParenthesisNode' ? root.content! : root;
  if (scaled && top.type === 'OperatorNode' && top.fn === 'divide' && termFree(top.args![1]!))
    return write(top.args![0]!).text;
  return write(root).text;
}
