/** Stable, unique anchors for numbers: the first `pretrain.gpus` on a page is `#pretrain.gpus`, the next `#pretrain.gpus-2`. */
export function nextAnchor(seen: Map<string, number>, id: string): string {
  const n = (seen.get(id) ?? 0) + 1;
  seen.set(id, n);
  return n === 1 ? id : `${id}-${n}`;
}
