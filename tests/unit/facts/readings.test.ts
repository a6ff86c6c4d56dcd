/**
 * Every input says how the source's words became its number where that needed a reading: each
 * assumption, and the three context lengths. An assumption that no source makes is credited to
 * this site, not to a source that does not contain it.
 */
import { describe, expect, it } from 'vitest';
import type { Input } from '../../../src/lib/engine/model';
import { loadFacts } from '../../../src/data/facts-files';

const model = loadFacts('content/facts');
const inputs = Object.values(model.quantities).filter((q): q is Input => q.kind === 'input');
const CONTEXTS = ['stages.pretrain_context', 'stages.mid1_context', 'stages.mid2_context'];
const needsReading = inputs.filter((q) => q.assumption || CONTEXTS.includes(q.id));

describe.each(needsReading)('$id', (q) => {
  it('publishes its reading', () => expect(q.reading?.length ?? 0).toBeGreaterThan(10));
  it('credits a reading that is ours to this site', () => {
    // A note or reading that calls the figure ours ("Our assumption, in no source") must not cite a blog for it.
    if (/^Our (assumption|switch|inference)/.test(q.reading ?? '') || /in no source/.test(q.note ?? ''))
      expect(model.sources[q.source]?.kind, `${q.id} is ours but cites ${q.source}`).toBe('ours');
  });
});

it('the three context lengths say which thousands they are read in', () => {
  // 16K = 16 × 1,024 and 64K = 64 × 1,024 (binary); 262K ≈ 262,144 = 256 × 1,024 in decimal thousands.
  const reading = (id: string) => (model.quantities[id] as Input).reading!;
  expect(reading('stages.pretrain_context')).toMatch(/binary thousands/);
  expect(reading('stages.mid1_context')).toMatch(/binary thousands/);
  expect(reading('stages.mid2_context')).toMatch(/decimal thousands/);
});

it('a secondary source whose title we have not seen carries a description marked as ours', () => {
  for (const s of Object.values(model.sources).filter((s) => s.kind === 'secondary' && s.id !== 'lockwood-mai1'))
    expect(s.title, s.id).toMatch(/^\[.*description ours\]$/);
});
