/**
 * `/facts.json` is a public citation interface: the required ids are there, with the values the
 * notes state (inputs) or independent arithmetic on them (derived), written here.
 */
import { expect, test } from '@playwright/test';

interface Quantity {
  id: string;
  kind: 'input' | 'derived';
  label: string;
  value: number;
  unit: string;
  text: string;
  pages: string[];
  citation?: { sourceId: string; locator: string };
  formula?: string;
  inputs?: string[];
}

const GOODPUT = 0.9; // "90.0% goodput" (the notes)
const OVERHEAD_H = 51; // "51 hours" of overhead (the notes)
const GPUS = 8192; // "8,192 GB200 NVL72 GPUs" (the notes)
const TOKENS = 30e12; // "30T tokens" (the notes)
const TOTAL = 1e12; // 1 trillion parameters (the notes)
const ACTIVE = 35e9; // 35 billion active parameters (the notes)
const wall = OVERHEAD_H / (1 - GOODPUT); // 510 h
const productive = wall - OVERHEAD_H; // 459 h

const REQUIRED: { id: string; kind: Quantity['kind']; value: number; unit: string }[] = [
  { id: 'model.total_params', kind: 'input', value: TOTAL, unit: 'param' },
  { id: 'model.active_params', kind: 'input', value: ACTIVE, unit: 'param' },
  { id: 'model.active_fraction', kind: 'derived', value: (ACTIVE / TOTAL) * 100, unit: '%' },
  { id: 'pretrain.goodput', kind: 'input', value: GOODPUT * 100, unit: '%' },
  { id: 'pretrain.overhead_hours', kind: 'input', value: OVERHEAD_H, unit: 'h' },
  { id: 'pretrain.gpus', kind: 'input', value: GPUS, unit: 'GPU' },
  { id: 'pretrain.tokens', kind: 'input', value: TOKENS, unit: 'token' },
  { id: 'pretrain.wall_hours', kind: 'derived', value: wall, unit: 'h' },
  { id: 'pretrain.productive_hours', kind: 'derived', value: productive, unit: 'h' },
  { id: 'pretrain.gpu_hours', kind: 'derived', value: productive * GPUS, unit: 'GPU h' },
  {
    id: 'pretrain.tokens_per_gpu_second',
    kind: 'derived',
    value: TOKENS / (productive * 3600 * GPUS),
    unit: 'token / (GPU s)',
  },
];

test('every required id is in /facts.json with its value, unit and provenance', async ({ request }) => {
  const response = await request.get('/facts.json');
  expect(response.ok()).toBe(true);
  const doc = (await response.json()) as { quantities: Quantity[] };
  const byId = new Map(doc.quantities.map((q) => [q.id, q]));
  for (const want of REQUIRED) {
    const q = byId.get(want.id);
    expect(q, want.id).toBeDefined();
    expect(q!.kind, want.id).toBe(want.kind);
    expect(q!.unit, want.id).toBe(want.unit);
    expect(Math.abs(q!.value - want.value) / want.value, `${want.id}: ${q!.value} vs ${want.value}`).toBeLessThan(1e-9);
    expect(q!.pages.length, `${want.id} is shown on some page`).toBeGreaterThan(0);
    if (want.kind === 'input') expect(q!.citation?.locator, `${want.id} has a locator`).toBeTruthy();
    else expect(q!.formula, `${want.id} has a formula`).toBeTruthy();
  }
});

test('3.76 million GPU-hours and 3.5 % read as the notes state them', async ({ request }) => {
  const doc = (await (await request.get('/facts.json')).json()) as { quantities: Quantity[] };
  const text = (id: string) => doc.quantities.find((q) => q.id === id)?.text;
  // "3.76 million GPU-hours" and "3.5% of parameters active" (the notes), in the site's compact form.
  expect(text('pretrain.gpu_hours')).toMatch(/^3\.76 M GPU·h$/);
  expect(text('model.active_fraction')).toBe('3.5 %');
});
