/**
 * A calculator: cited inputs a reader can edit, the results that depend on them, and how each
 * result is computed (typeset formula, rendered at build time, and the work with the current values).
 * Rendered on the server only, at the cited values: it ships no framework and hydrates nothing.
 * The live page (src/client/runtime.ts, loaded on first intent) reads its fields and writes its
 * numbers, fields and notes through the attributes of the markup contract (number-markup.ts).
 */
import type { CalculatorProps, FieldProps, ResultProps } from '../lib/present/calculator';
import { FIELD, numberAttrs, numberInner } from '../lib/present/number-markup';
import { RANGE } from '../lib/present/range-markup';
import { SensitivityBars, SensitivityNote } from './SensitivityBars';

export default function CalculatorIsland({ title, sections, results: outs, workOpen, resetLabel }: CalculatorProps) {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const explained = outs.filter((r) => r.explain);
  // A field's element ids (label, notes, error) are written several times each: short, and unique on
  // the page by the calculator's title (one input may sit in two calculators).
  const prefix = `c${shortHash(title)}`;
  const order = new Map(sections.flatMap((s) => s.fields).map((f, i) => [f.id, i]));
  const fieldsOf = (fields: FieldProps[]) =>
    fields.map((f) => <Field key={f.id} field={f} elementId={`${prefix}-${order.get(f.id)}`} />);
  return (
    <form class="calc not-content" aria-label={title}>
      <fieldset>
        <legend>{title}</legend>
        <noscript>
          <p class="calc-noscript">These are the cited values. Editing them needs JavaScript.</p>
        </noscript>
        {sections.map((s, i) =>
          s.heading === undefined ? (
            fieldsOf(s.fields)
          ) : (
            <div class="calc-group" role="group" aria-labelledby={`${slug}-group-${i}`}>
              <h3 class="calc-group-heading" id={`${slug}-group-${i}`}>
                {s.heading}
              </h3>
              {fieldsOf(s.fields)}
            </div>
          ),
        )}
      </fieldset>
      {/* Not a live region: the page's one polite region reads a summary once typing pauses. */}
      <dl class="calc-results" aria-label={`Results of ${title}`}>
        {outs.map((r) => (
          <Result key={r.id} result={r} />
        ))}
      </dl>
      {explained.length > 0 && (
        <details class="calc-explain" open={workOpen}>
          <summary>Show the work</summary>
          {explained.some((r) => r.shares.length > 0) && <SensitivityNote />}
          {explained.map((r) => (
            <Explain key={r.id} result={r} calculator={title} />
          ))}
        </details>
      )}
      <div class="calc-actions">
        {/* Enabled by the live page once one of this calculator's values differs from the cited one. */}
        <button type="button" class="calc-reset" disabled {...{ [FIELD.reset]: '' }}>
          {resetLabel}
        </button>
        {/* What the last reset did; read out through the page's live region. */}
        <p class="calc-reset-status" data-reset-status />
      </div>
    </form>
  );
}

/** A short, stable hash of a text (FNV-1a, base 36): distinct calculators' titles get distinct ids. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** An input's field. The live page sets its text, `aria-invalid`, its error and its "changed" note. */
function Field({ field: f, elementId: id }: { field: FieldProps; elementId: string }) {
  const control = { [FIELD.id]: f.id };
  return (
    <div class="calc-field" {...{ [FIELD.box]: f.id }}>
      <label for={id}>{f.label}</label>
      <div class="calc-control">
        {f.options ? (
          <select id={id} aria-describedby={`${id}-note`} {...control}>
            {f.options.map((o) => (
              <option value={String(o.value)} selected={String(o.value) === f.text}>
                {o.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            value={f.text}
            aria-invalid="false"
            aria-describedby={`${id}-note ${id}-hint ${id}-error`}
            {...control}
          />
        )}
        {f.symbol && !f.options && <span class="calc-unit">{f.symbol}</span>}
        {f.range && (
          <input
            type="range"
            class="calc-slider"
            aria-label={`${f.label} (slider)`}
            min={f.range.min}
            max={f.range.max}
            step={f.range.step}
            value={Number.parseFloat(f.text) || 0}
            aria-valuetext={f.symbol ? `${f.text} ${f.symbol}` : f.text}
            data-unit={f.symbol}
            {...control}
          />
        )}
      </div>
      {/* One line under the field: its source, opened for the locator, the reading and the bounds
          (all there without JavaScript too). The "changed" note stays outside, on show when it applies. */}
      <div class="calc-note" id={`${id}-note`}>
        <span class="calc-cited" hidden data-pagefind-ignore="">
          Changed; cited value: {f.citedText}.{' '}
        </span>
        <details class="calc-source">
          <summary>
            {f.assumption ? <strong>Assumption. </strong> : null}
            Source: {f.sourceName}
          </summary>
          <span class="calc-locator">Where in it: {f.locator}</span>
          {f.reading ? <span class="calc-reading"> Reading: {f.reading}</span> : null}
          {f.bounds ? <span class="calc-bounds"> {f.bounds}</span> : null}
        </details>
      </div>
      {/* Shown by the live page when a value could be read two ways ("0.85" in a per-cent field). */}
      <p class="calc-hint" id={`${id}-hint`} hidden />
      {/* The field's error goes in here once typing pauses or the field is left (fields.ts). */}
      <div class="calc-alert" id={`${id}-error`} role="alert" />
    </div>
  );
}

/** A result: a number of the markup contract, written by the live page like every other number. */
function Result({ result: r }: { result: ResultProps }) {
  return (
    <div class="calc-result">
      <dt>{r.label}</dt>
      <dd {...numberAttrs('result', r)} dangerouslySetInnerHTML={{ __html: numberInner('result', r) }} />
      <dd class="calc-range" {...{ [RANGE.attr]: r.id }}>
        {r.range}
      </dd>
    </div>
  );
}

/** A result's formula, typeset at build time, and its work with the current values (written by the live page). */
function Explain({ result: r, calculator }: { result: ResultProps; calculator: string }) {
  const e = r.explain!;
  return (
    <div class="calc-explain-item">
      <p class="calc-explain-label">{r.label}</p>
      {/* A wide formula scrolls sideways on a narrow screen; a box that scrolls must take focus, and is
          then a region (a named <section>) named uniquely on its page (the same result may sit in two calculators). */}
      {r.mathFrom ? (
        // The page's prose shows this number: its popover has the typeset formula, copied in as the work opens.
        <p class="calc-math-link" data-math-from={r.mathFrom} data-math-label={`Formula of ${r.label} (${calculator})`}>
          <a href={`#${r.id}`}>The typeset formula is at this number in the text</a>
        </p>
      ) : (
        <section
          class="calc-math"
          tabIndex={0}
          aria-label={`Formula of ${r.label} (${calculator})`}
          dangerouslySetInnerHTML={{ __html: e.math }}
        />
      )}
      <code class="calc-formula">{e.formula}</code>
      <p class="calc-work" data-work={r.id}>
        {e.work}
      </p>
      <SensitivityBars result={r} />
    </div>
  );
}
