/**
 * What the audit shows: rows, differences, summary, links to pages and calculators, and the
 * claims in /facts.json. Expected values are arithmetic on the hand-built model's inputs
 * (51 h overhead, 90 % goodput: 51 / (1 − 0.9) = 510 h).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/data/program';
import { auditAll } from '../../src/lib/audit/verdict';
import { pageUsage, readPageIndex } from '../../src/data/page-index';
import { calculatorAnchor, quantityLinks } from '../../src/lib/present/page-usage';
import { auditHref, auditSummary, claimRow, claimRows, claimsDocument } from '../../src/lib/present/claims';
import { auditModel, numericClaim } from './support/audit-model';

const model = auditModel([
  // 510 stated: consistent.
  numericClaim('claim.t.wall_ok', 't.wall', 510, 0.5),
  // 500 stated: 510 / 500 = 1.02.
  numericClaim('claim.t.wall_bad', 't.wall', 500, 0.5, { explanation: 'rounded down' }),
  // 89 % stated against 90 %: +1 percentage point.
  numericClaim('claim.t.goodput_bad', 't.goodput', 89, 0.5),
  {
    id: 'claim.t.site',
    source: 'src',
    locator: 'p. 4',
    statement: 'probably in Arizona',
    reasoning: 'Where the run was.',
    uncheckable: 'No figure says where.',
  },
  // The reasoning writes the overhead and a sum from the values: 51 h, and 51 × 2 = 102.
  numericClaim('claim.t.templated', 't.wall', 510, 0.5, {
    reasoning: '{t.overhead} of overhead, twice {= t.overhead * 2 | 0}.',
    aliases: ['claim.t.old_name'],
  }),
]);
const evaluated = createEngine(model).evaluate();
if (!evaluated.ok) throw evaluated.error;
const values = evaluated.value;
const rowOf = (id: string) => claimRows(model, values).find((r) => r.id === id)!;

describe('claim rows', () => {
  it('write stated and recomputed values with the quantity’s formatter', () => {
    const r = rowOf('claim.t.wall_bad');
    expect(r).toMatchObject({
      verdict: 'inconsistent',
      verdictLabel: 'Inconsistent',
      statedText: '500 h',
      recomputedText: '510 h',
      // 510 / 500 = 1.02
      differenceText: '× 1.02',
      explanation: 'rounded down',
      statedAsWritten: '500 as written',
      sourceName: 'A. Author, Notes',
      quantityLabel: 'Wall-clock time',
    });
  });
  it('give a percentage’s difference in percentage points', () => {
    // 90 − 89 = +1 pp
    expect(rowOf('claim.t.goodput_bad')).toMatchObject({
      statedText: '89 %',
      recomputedText: '90 %',
      differenceText: '+1 pp',
    });
  });
  it('say what a consistent claim was measured against', () => {
    // 51 / (1 − 0.9) = 510 h, exact in this model; the claim states 510 ± 0.5 h.
    expect(rowOf('claim.t.wall_ok').explanation).toBe(
      'Recomputes within the stated precision: 510 h against 509.5–510.5 h.',
    );
  });
  it('show no numbers for a claim that cannot be checked', () => {
    expect(rowOf('claim.t.site')).toMatchObject({
      verdictLabel: 'Not checkable',
      statedText: undefined,
      recomputedText: undefined,
      explanation: 'No figure says where.',
    });
  });
  it('link to the number and its calculator', () => {
    const links = { 't.wall': { number: '/run/#t.wall', calculator: '/run/#calc-run' } };
    const r = claimRow(model, auditAll(model, values, {})[4]!, values, links);
    expect([r.id, r.numberHref, r.calculatorHref]).toEqual(['claim.t.wall_ok', '/run/#t.wall', '/run/#calc-run']);
  });
  it('throw on a result whose claim is not in the model', () => {
    const r = { ...auditAll(model, values, {})[0]!, id: 'claim.t.nope' };
    expect(() => claimRow(model, r, values)).toThrow(/claim\.t\.nope/);
  });
  it('write the figures their reasoning names from the values, and carry their former ids', () => {
    expect(rowOf('claim.t.templated')).toMatchObject({
      reasoning: '51 h of overhead, twice 102.',
      aliases: ['claim.t.old_name'],
    });
  });
  it('write a percentage at the precision the claim states it to', () => {
    // 89 % ± 0.5 is written to the whole per cent, so the recomputed 90 % is too (not 90.0 %).
    expect(rowOf('claim.t.goodput_bad').recomputedText).toBe('90 %');
  });
});

describe('summary', () => {
  it('counts the claims by verdict', () => {
    // wall_ok and templated consistent; wall_bad and goodput_bad inconsistent; site not checkable.
    expect(auditSummary(auditAll(model, values, {}))).toEqual({
      total: 5,
      counts: { consistent: 2, inconsistent: 2, 'not-checkable': 1 },
    });
  });
  it('follows an input: at 80 % goodput every wall-time claim fails', () => {
    // 51 / (1 − 0.8) = 255 h: neither 510 nor 500; and 80 % is not 89 %.
    const at80 = createEngine(model).evaluate({ 't.goodput': 0.8 });
    if (!at80.ok) throw at80.error;
    expect(auditSummary(auditAll(model, at80.value, {})).counts).toEqual({
      consistent: 0,
      inconsistent: 4,
      'not-checkable': 1,
    });
  });
});

describe('/facts.json claims', () => {
  const doc = claimsDocument(model, values);
  it('carry every claim with its verdict', () => {
    expect(doc.map((c) => c.id)).toEqual([
      'claim.t.goodput_bad',
      'claim.t.site',
      'claim.t.templated',
      'claim.t.wall_bad',
      'claim.t.wall_ok',
    ]);
  });
  it('carry stated, recomputed, ratio and explanation', () => {
    expect(doc.find((c) => c.id === 'claim.t.wall_bad')).toMatchObject({
      source: 'src',
      statement: 'it was 500',
      stated: { value: 500, unit: 'as written' },
      stated_value: 500,
      recomputed: 510,
      verdict: 'inconsistent',
      ratio: 1.02,
      difference: 10,
      difference_unit: 'h',
      explanation: 'rounded down',
    });
    expect(doc.find((c) => c.id === 'claim.t.goodput_bad')).toMatchObject({ difference_unit: 'percentage points' });
    expect(doc.find((c) => c.id === 'claim.t.site')).toMatchObject({ recomputed: null, verdict: 'not-checkable' });
  });
});

describe('links to pages', () => {
  it('finds calculators and their anchors in MDX', () => {
    const mdx = `<Calculator\n  title="Run time"\n  inputs={['t.goodput']}\n  outputs={['t.wall']}\n/>`;
    expect(pageUsage(mdx, 'run.mdx').calculators).toEqual([
      { title: 'Run time', anchor: 'calc-run-time', inputs: ['t.goodput'], outputs: ['t.wall'] },
    ]);
    expect(calculatorAnchor('Pre-training time')).toBe('calc-pre-training-time');
  });
  it('finds inline numbers', () => {
    expect(pageUsage('a <Q id="t.wall" /> and <Q id=\'t.goodput\'/>', 'a.mdx').inline).toEqual(['t.wall', 't.goodput']);
  });
  it('prefers the page with both the number and its calculator', () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-links-'));
    mkdirSync(join(dir, 'guide'));
    writeFileSync(join(dir, 'index.mdx'), '<Q id="t.wall" /> <Q id="t.overhead" />');
    writeFileSync(
      join(dir, 'guide', 'run.mdx'),
      `<Q id="t.wall" />\n<Calculator title="Run time" inputs={['t.goodput']} outputs={['t.wall']} />`,
    );
    expect(quantityLinks(readPageIndex(dir, '/docs'))).toEqual({
      't.wall': { number: '/docs/guide/run/#t.wall', calculator: '/docs/guide/run/#calc-run-time' },
      't.goodput': { number: undefined, calculator: '/docs/guide/run/#calc-run-time' },
      't.overhead': { number: '/docs/#t.overhead', calculator: undefined },
    });
  });
  it('link a claim to its audit row', () => {
    expect(auditHref('claim.t.wall_ok')).toBe('/audit/#claim.t.wall_ok');
    expect(auditHref('claim.t.wall_ok', '/docs')).toBe('/docs/audit/#claim.t.wall_ok');
  });
});
