/** Readable names for the ids in a formula, shared by the typeset formula and the popover's terms. */

/** Words of ids that are acronyms or names, as they are written in prose. */
const WORDS: Record<string, string> = {
  gpu: 'GPU',
  gpus: 'GPUs',
  mfu: 'MFU',
  moe: 'MoE',
  ffn: 'FFN',
  kv: 'KV',
  rl: 'RL',
  flops: 'FLOPs',
  pflops: 'PFLOP/s',
  bf16: 'BF16',
  h100: 'H100',
  gb200: 'GB200',
  nvl72: 'NVL72',
  nvl64: 'NVL64',
};

/** The readable name of an id in a formula: `pretrain.overhead_hours` → "overhead hours", `pretrain.gpus` → "GPUs". */
export const termName = (id: string): string =>
  id
    .slice(id.indexOf('.') + 1)
    .split('_')
    .map((w) => WORDS[w] ?? w)
    .join(' ');

/**
 * The names of the ids a formula uses, each unique within it: when two ids share a name
 * (`recon.total_params`, `model.total_params`), both carry their topic: "total params (recon)".
 */
export function termNames(ids: readonly string[]): Record<string, string> {
  const count = new Map<string, number>();
  for (const id of ids) count.set(termName(id), (count.get(termName(id)) ?? 0) + 1);
  const out: Record<string, string> = {};
  for (const id of ids) {
    const name = termName(id);
    out[id] = count.get(name)! > 1 ? `${name} (${id.slice(0, id.indexOf('.'))})` : name;
  }
  return out;
}
