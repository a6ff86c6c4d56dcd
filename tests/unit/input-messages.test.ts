/**
 * Issue 13: values enter one way and every message is in the reader's words. Expected values are
 * independent arithmetic in the test (commented) or the facts' own fields, never the output copied.
 */
import { describe, expect, test } from 'vitest';
import { unitTables } from '../../src/lib/engine/compile';
import { createEngine } from '../../src/data/program';
import type { Input } from '../../src/lib/engine/model';
import { example, parseInput } from '../../src/lib/engine/parse-input';
import { loadFacts } from '../../src/data/facts-files';
import {
  boundsText,
  notComputableMessage,
  percentHint,
  percentRule,
  relationMessage,
  relations,
  whereText,
} from '../../src/lib/messages';
import { judgeScenario, parseScenario, withoutKeys } from '../../src/lib/scenario';
import { modelOf } from './support/model';

const facts = loadFacts('content/facts');
const units = unitTables(facts);
const inputs = Object.values(facts.quantities).filter((q): q is Input => q.kind === 'input');
const engine = createEngine(facts);
const nowhere = () => false;

describe.each(inputs.map((q) => ({ id: q.id, q })))('$id', ({ q }) => {
  test('its example, written as a person writes it, reads back as the cited value', () => {
    const text = example(q, units[q.unit]);
    expect(parseInput(q, text, units[q.unit])).toEqual({ ok: true, value: q.value });
  });
  test('each of its bounds, alone, computes (a bound is a value a reader may give)', () => {
    for (const bound of [q.min!, q.max!]) {
      if (q.options && !q.options.some((o) => o.value === bound)) continue;
      const valueOf = (id: string) => (id === q.id ? bound : (facts.quantities[id] as Input).value);
      if (relationMessage(facts, q.id, bound, valueOf)) continue; // refused by a relation instead, with a message
      const r = engine.evaluate({ [q.id]: bound });
      expect(r.ok, `${q.file}: "${q.id}" at ${bound}: ${r.ok ? '' : r.error.message}`).toBe(true);
    }
  });
  test('its field states its bounds', () => {
    if (q.options) return expect(boundsText(q)).toBeUndefined();
    expect(boundsText(q)).toMatch(/^From .+ to .+\.$/);
  });
  test('a value past its largest bound gets a message that names its label, not its id', () => {
    if (q.options) return;
    const r = parseInput(q, String(q.max! * 10 + 10), units[q.unit], 'stored');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('too-large');
    expect(r.error.message).toContain(q.label);
    expect(r.error.message).not.toContain(q.id);
  });
});

describe('bounds', () => {
  const gpus = facts.quantities['pretrain.gpus'] as Input;
  test('carry this site’s reason from the comment beside `max:`', () => {
    expect(gpus.bound_reason).toMatch(/times the cited value/);
    expect(boundsText(gpus)).toContain('this site’s bound: ');
    expect(boundsText(gpus)).not.toContain("plausible bound, this site's:");
  });
});

describe('relations', () => {
  test('active parameters ≤ total parameters, active experts ≤ experts', () => {
    const pairs = relations(facts).map(([a, b]) => `${a.id} ≤ ${b.id}`);
    expect(pairs).toEqual(
      expect.arrayContaining(['model.active_params ≤ model.total_params', 'arch.active_experts ≤ arch.experts']),
    );
  });
  const cited = (id: string) => (facts.quantities[id] as Input).value;
  test('the smaller side past the larger gets a message naming both, with a fix', () => {
    const total = cited('model.total_params');
    const m = relationMessage(facts, 'model.active_params', total * 2, cited);
    expect(m).toMatch(
      /^Active parameters per token \(.+\) cannot be more than Total parameters \(.+\)\. Did you mean at most/,
    );
    expect(m).not.toContain('model.');
  });
  test('the larger side below the smaller gets one too', () => {
    const m = relationMessage(facts, 'arch.experts', cited('arch.active_experts') - 1, cited);
    expect(m).toMatch(/^Experts per MoE layer \(.+\) cannot be less than Experts active per token/);
  });
  test('a value that keeps the relation gets none', () =>
    expect(relationMessage(facts, 'arch.experts', cited('arch.active_experts'), cited)).toBeUndefined());
  test('the build refuses a relation its cited values break, naming the file and the field', () => {
    const bad = () =>
      modelOf({
        inputs: [
          { id: 't.total', label: 'Total', value: 1, unit: 'param', source: 'test', locator: 'l' },
          {
            id: 't.active',
            label: 'Active',
            value: 2,
            unit: 'param',
            source: 'test',
            locator: 'l',
            at_most: 't.total',
          },
        ],
      } as never);
    expect(bad).toThrow(/test\.yaml: "t\.active", field "at_most": the cited value is more than/);
  });
});

describe('the ambiguous percentage', () => {
  const goodput = facts.quantities['pretrain.goodput'] as Input;
  test('“0.85” in the field means 0.85 %, and the hint says so and offers 85 %', () => {
    expect(parseInput(goodput, '0.85')).toEqual({ ok: true, value: 0.0085 }); // 0.85 % = 0.85 / 100
    const hint = percentHint(goodput, '0.85');
    expect(hint).toContain('0.85 means 0.85 % here');
    expect(hint).toMatch(/Did you mean 85(\.0)? %\?/);
    expect(hint).toContain(percentRule(goodput));
  });
  test('the field’s rule is written from the cited value', () => {
    // 0.9 → "90.0": the field writes the goodput to its one precision, a fixed tenth (the source's "90.0%").
    const n = (goodput.value * 100).toFixed(1);
    expect(percentRule(goodput)).toBe(`In this field, ${n} means ${n} %.`);
  });
  test('no hint for a number that is plainly a percentage, or one with its sign', () => {
    for (const text of ['85', '85 %', '0.85 %', '0', '12.5']) expect(percentHint(goodput, text)).toBeUndefined();
  });
  test('no hint for a field that is not a percentage', () =>
    expect(percentHint(facts.quantities['pretrain.gpus'] as Input, '0.85')).toBeUndefined());
});

// A small model where a value can make a result impossible to compute.
const small = modelOf({
  inputs: [
    {
      id: 't.share',
      label: 'Share',
      value: 0.5,
      unit: '1',
      display_unit: '%',
      min: 0,
      max: 1,
      source: 'test',
      locator: 'l',
    },
    { id: 't.hours', label: 'Hours', value: 10, unit: 'h', min: 0, max: 1e308, source: 'test', locator: 'l' },
    {
      id: 't.count',
      label: 'Count',
      value: 4,
      unit: 'GPU',
      min: 1,
      max: 100,
      integer: true,
      source: 'test',
      locator: 'l',
    },
  ],
  derived: [
    { id: 't.wall', label: 'Wall time', unit: 'h', formula: 't.hours / (1 - t.share)', meaning: 'test' },
    { id: 't.big', label: 'Big product', unit: 'h', formula: 't.hours * 1e10', meaning: 'test' },
  ],
} as never);
const smallEngine = createEngine(small);
const pages = { ...small, pages: { titles: ['Somewhere else'], of: { 't.wall': 0, 't.big': 0 } } };

describe('a result that cannot be computed', () => {
  test('a division by zero names the input and the result by label, and the result’s page', () => {
    const r = smallEngine.evaluate({ 't.share': 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.failure).toBe('division-by-zero');
    const m = notComputableMessage(pages, { id: 't.share', value: 1 }, r.error, nowhere);
    expect(m).toBe(
      'Share of 100 % cannot be used: Wall time, on the page “Somewhere else”, would need a division by zero. Try a value nearer the cited 50 %.',
    );
  });
  test('on this page, it says so', () => {
    const r = smallEngine.evaluate({ 't.share': 1 });
    if (r.ok) throw new Error('computed');
    expect(notComputableMessage(pages, { id: 't.share', value: 1 }, r.error, () => true)).toContain(
      'Wall time, on this page,',
    );
  });
  test('an overflow is called too large, not a division by zero', () => {
    const r = smallEngine.evaluate({ 't.hours': 1e300 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.failure).toBe('overflow');
    expect(notComputableMessage(pages, { id: 't.hours', value: 1e300 }, r.error, nowhere)).toContain(
      'would be too large to compute with',
    );
  });
  test('a page that does not show the result, and no other that does', () =>
    expect(whereText(small, 't.wall', nowhere)).toBe('which this page does not show'));
});

describe('a link: every value judged on its own', () => {
  const judge = (search: string) => {
    const parsed = parseScenario(search, small);
    const judged = judgeScenario(parsed.overrides, (o) => smallEngine.evaluate(o), pages, nowhere);
    return { ...judged, notices: [...parsed.notices, ...judged.notices].map((n) => n.message) };
  };
  test('a good value is kept beside one the engine refuses', () => {
    const r = judge('?t.count=8&t.share=1');
    expect(r.overrides).toEqual({ 't.count': 8 });
    expect(r.refused).toEqual(['t.share']);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/^A value in the link was ignored\. Share of 100 % cannot be used: Wall time/);
  });
  test('a good value is kept beside one the grammar refuses', () => {
    const r = judge('?t.count=8&t.share=abc');
    expect(r.overrides).toEqual({ 't.count': 8 });
    expect(r.notices).toEqual([expect.stringContaining('Share: “abc” is not a number.')]);
  });
  test('a repeated parameter: the last value is used, and a notice says which', () => {
    const r = judge('?t.count=1&t.count=2');
    expect(r.overrides).toEqual({ 't.count': 2 });
    expect(r.notices).toEqual(['The link gives Count 2 times; the last value, 2 GPU, is used.']);
  });
  test('a link’s percentage given as a percentage gets the fraction as its fix', () => {
    const r = judge('?t.share=85');
    expect(r.overrides).toEqual({});
    expect(r.notices[0]).toContain('Did you mean 0.85?'); // 85 % as a link writes it: 85 / 100
  });
  test('a link that breaks a relation keeps its other values and refuses only the breaking one', () => {
    const total = (facts.quantities['model.total_params'] as Input).value;
    const { overrides, notices } = parseScenario(
      `?model.active_params=${total * 2}&model.total_params=${total * 3}&pretrain.gpus=4096`,
      facts,
    );
    expect(overrides).toEqual({
      'model.total_params': total * 3,
      'model.active_params': total * 2,
      'pretrain.gpus': 4096,
    });
    expect(notices).toEqual([]);
    const broken = parseScenario(`?model.active_params=${total * 2}&pretrain.gpus=4096`, facts);
    expect(broken.overrides).toEqual({ 'pretrain.gpus': 4096 });
    expect(broken.notices.map((n) => n.message)).toEqual([
      expect.stringContaining('cannot be more than Total parameters'),
    ]);
  });
  test('the refused keys leave the query string, every other key as it was', () =>
    expect(withoutKeys('?a.b=1&utm_source=x&c.d=4,096', ['a.b'])).toBe('?utm_source=x&c.d=4,096'));
});
