/** Which ids a page's MDX uses, and which of them it shows inline with an anchor. */
import { describe, expect, it } from 'vitest';
import { inlineQuantityIdsIn, pagePath, quantityIdsIn } from '../../../src/lib/present/page-usage';

const known = new Set(['pretrain.goodput', 'pretrain.wall_hours', 'pretrain.overhead_hours']);
const source = [
  'Wall-clock time was <Q id="pretrain.wall_hours" />.',
  '<Q format="exact" id="pretrain.overhead_hours"/>',
  "<Calculator inputs={['pretrain.goodput']} results={['pretrain.wall_hours']} />",
  'An unknown <Q id="no.such_id" /> is left out.',
].join('\n');

describe('quantityIdsIn', () => {
  it('finds known ids in any quoted place: inline numbers and calculator lists', () => {
    expect(quantityIdsIn(source, known).sort()).toEqual([
      'pretrain.goodput',
      'pretrain.overhead_hours',
      'pretrain.wall_hours',
    ]);
  });
});

describe('inlineQuantityIdsIn', () => {
  it('finds only the ids of inline numbers, whatever the attribute order', () => {
    expect(inlineQuantityIdsIn(source, known).sort()).toEqual(['pretrain.overhead_hours', 'pretrain.wall_hours']);
  });
});

describe('pagePath', () => {
  it('maps docs files to site paths under a base', () => {
    expect(pagePath('index.mdx')).toBe('/');
    expect(pagePath('pretraining.mdx', '/docs')).toBe('/docs/pretraining/');
  });
});
