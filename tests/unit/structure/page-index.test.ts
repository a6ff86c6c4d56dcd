/**
 * The one usage index: a page's MDX, parsed by the parser Astro's MDX uses, gives what the page
 * shows. The fixture is written here, so each expected list is read off it by eye.
 */
import { describe, expect, it } from 'vitest';
import { pageUsage, PageUsageError } from '../../../src/data/page-index';
import { idsShownOn, pagePath, quantityPages, underBase } from '../../../src/lib/present/page-usage';

const source = `---
title: A page
---

import Q from '../../src/components/Q.astro';
import Racks from '../../src/components/figures/Racks.astro';

Wall-clock time was <Q id="pretrain.wall_hours" />, <Q format="exact" id="pretrain.overhead_hours"/>
and again <Q id="pretrain.wall_hours" />.

A code sample is no number: \`<Q id="code.sample" />\`.

{/* <Q id="comment.hidden" /> is a comment */}

<Calculator
  title="Run time"
  inputs={['pretrain.goodput', "pretrain.overhead_hours",]}
  outputs={['pretrain.wall_hours']}
/>

<BarChart title="T" description="D" bars={['a.one', 'a.two']} shares={['a.share']} scale="a.total" />

<Racks />

<ClaimCallout id="claim.pretrain.x" />

In another run, <RunValue of="compare.gpu_hours@deepseek-v3" />.
`;

describe('pageUsage', () => {
  const usage = pageUsage(source, 'guide/run.mdx', '/docs');

  it('records the inline numbers once each, in order, and not in code or comments', () =>
    expect(usage.inline).toEqual(['pretrain.wall_hours', 'pretrain.overhead_hours']));

  it('records each calculator’s inputs and outputs and its anchor', () =>
    expect(usage.calculators).toEqual([
      {
        title: 'Run time',
        anchor: 'calc-run-time',
        inputs: ['pretrain.goodput', 'pretrain.overhead_hours'],
        outputs: ['pretrain.wall_hours'],
      },
    ]));

  it('records charts, figures, callouts and run values', () => {
    expect(usage.charts).toEqual(['a.one', 'a.two', 'a.share', 'a.total']);
    expect(usage.figures).toEqual(['Racks']);
    expect(usage.callouts).toEqual(['claim.pretrain.x']);
    expect(usage.runValues).toEqual(['compare.gpu_hours@deepseek-v3']);
  });

  it('knows the page’s path', () => expect(usage.path).toBe('/docs/guide/run/'));

  it('answers "which page shows this", inline or anywhere', () => {
    expect(idsShownOn(usage)).toContain('pretrain.goodput');
    expect(quantityPages([usage], 'inline')['pretrain.goodput']).toBeUndefined();
    expect(quantityPages([usage])['a.total']).toEqual(['/docs/guide/run/']);
  });

  it.each([
    ['an id written as an expression', '<Q id={"a.b"} />', /<Q>, attribute "id": must be a quoted string/],
    [
      'a list that is not of string literals',
      '<Calculator title="T" inputs={ids} />',
      /attribute "inputs": must be a list/,
    ],
    ['a computed item', '<Calculator title="T" inputs={[\'a.b\', x]} />', /x is not a quoted id/],
    ['spread attributes', '<Q {...props} />', /spreads its attributes/],
  ])('refuses %s, naming the file and the attribute', (_, mdx, message) => {
    expect(() => pageUsage(mdx, 'bad.mdx')).toThrow(PageUsageError);
    expect(() => pageUsage(mdx, 'bad.mdx')).toThrow(message);
    expect(() => pageUsage(mdx, 'bad.mdx')).toThrow(/^bad\.mdx: /);
  });
});

describe('pagePath', () => {
  it('maps docs files to site paths under a base', () => {
    expect(pagePath('index.mdx')).toBe('/');
    expect(pagePath('pretraining.mdx', '/docs')).toBe('/docs/pretraining/');
  });
});

describe('underBase', () => {
  it('puts a path under the site’s base, with or without its trailing slash', () => {
    expect(underBase('/', 'method/')).toBe('/method/');
    expect(underBase('/docs', 'method/')).toBe('/docs/method/');
    expect(underBase('/docs/', 'runtime-model.abc.json')).toBe('/docs/runtime-model.abc.json');
    expect(underBase('/docs', '')).toBe('/docs/');
  });
});
