/** The reason for an input's bounds: the comment beside its `max:` in a facts file (CONTRIBUTING.md). */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** Input id → the comment beside its `max:`, without the common "plausible bound, this site's:" lead. */
export function boundReasons(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const inputs = parseDocument(text).get('inputs');
  if (!isSeq(inputs)) return out;
  for (const item of inputs.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    const max = item.get('max', true);
    const comment = isScalar(max) ? max.comment?.trim() : undefined;
    if (typeof id === 'string' && comment) out.set(id, comment.replace(/^plausible bound, this site's:\s*/i, ''));
  }
  return out;
}
