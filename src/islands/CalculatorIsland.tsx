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
import { SensitivityBars } from './SensitivityBars';

export default function CalculatorIsland({ title, fields, results: outs }: CalculatorProps) {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const explained = outs.filter((r) => r.explain);
  return (
    <form class="calc not-content" aria-label={title}>
      <fieldset>
        <legend>{title}</legend>
        {fields.map((f) => (
          <Field key={f.id} field={f} idPrefix={slug} />
        ))}
      </fieldset>
      <dl class="calc-results" aria-live="polite" aria-label={`Results of ${title}`}>
        {outs.map((r) => (
          <Result key={r.id} result={r} />
        ))}
      </dl>
      {explained.length > 0 && (
        <details class="calc-explain" open>
          <summary>Show the work</summary>
          {explained.map((r) => (
            <Explain key={r.id} result={r} />
          ))}
        </details>
      )}
      {/* Enabled by the live page once a value differs from the cited one. */}
      <button type="button" class="calc-reset" disabled {...{ [FIELD.reset]: '' }}>
        Reset to cited values
      </button>
    </form>
  );
}

/** An input's field. The live page sets its text, `aria-invalid`, its error and its "changed" note. */
function Field({ field: f, idPrefix }: { field: FieldProps; idPrefix: string }) {
  const id = `${idPrefix}-${f.id.replaceAll('.', '-')}`;
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
            aria-describedby={`${id}-note`}
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
            {...control}
          />
        )}
      </div>
      <p class="calc-note" id={`${id}-note`}>
        <span class="calc-cited" hidden>
          Changed; cited value: {f.citedText}.{' '}
        </span>
        {f.assumption ? <strong>Assumption. </strong> : null}
        {f.source}
        {f.reading ? <span class="calc-reading"> Reading: {f.reading}</span> : null}
      </p>
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
function Explain({ result: r }: { result: ResultProps }) {
  const e = r.explain!;
  return (
    <div class="calc-explain-item">
      <p class="calc-explain-label">{r.label}</p>
      {/* A wide formula scrolls sideways on a narrow screen; a box that scrolls must take focus. */}
      <div
        class="calc-math"
        tabIndex={0}
        role="group"
        aria-label={`Formula of ${r.label}`}
        dangerouslySetInnerHTML={{ __html: e.math }}
      />
      <code class="calc-formula">{e.formula}</code>
      <p class="calc-work" data-work={r.id}>
        {e.work}
      </p>
      <SensitivityBars result={r} />
    </div>
  );
}
