/** What a calculator's Reset button says, and what it reports once it has reset. */

const inputs = (n: number) => `${n} ${n === 1 ? 'input' : 'inputs'}`;

/** The button's label: "Reset this calculator’s 3 inputs". */
export function resetLabel(count: number): string {
  return `Reset this calculator’s ${inputs(count)}`;
}

/** Inputs reset in this calculator that another calculator on the page also shows. */
export interface SharedReset {
  /** The other calculator's title. */
  calculator: string;
  /** The labels of the shared inputs that were reset. */
  labels: string[];
}

/**
 * The report after a reset: how many inputs went back to their cited values, and, for each other
 * calculator that shows one of them, which.
 */
export function resetMessage(count: number, shared: readonly SharedReset[]): string {
  const head = `Reset this calculator’s ${inputs(count)} to the cited values.`;
  const also = shared.map((s) => ` Also reset in “${s.calculator}”, which shares it: ${s.labels.join(', ')}.`);
  return head + also.join('');
}
