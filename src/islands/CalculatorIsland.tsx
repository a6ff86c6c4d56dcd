/**
 * A calculator: cited inputs a reader can edit, the results that depend on them, and how each
 * result is computed (typeset formula, rendered at build time, and the work with the current values).
 * Its server render shows the cited values; the engine loads when a reader first focuses it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CalculatorProps, FieldProps, ResultProps } from '../lib/present/calculator';
import {
  afterRuntime,
  fieldErrors,
  fieldTexts,
  loadRuntime,
  overrides,
  results,
  runtimeIfLoaded,
  works,
} from '../client/store';

/** Runs `fn` with the engine: at once when it is loaded, after loading otherwise. */
const withRuntime = (fn: (r: typeof import('../client/runtime')) => void): void => {
  const r = runtimeIfLoaded();
  if (r) fn(r);
  else void loadRuntime().then(fn);
};

/**
 * False during hydration, true after. Hydration must render exactly the server's HTML (Preact does
 * not patch attributes while hydrating), so the scenario is applied in the render that follows.
 */
function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

export default function CalculatorIsland({ title, fields, results: outs }: CalculatorProps) {
  const mounted = useMounted();
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  // Reset drops every value the reader changed on the page (prose included), so it is on whenever there is one.
  const changed = mounted && Object.keys(overrides.value).length > 0;
  const explained = outs.filter((r) => r.explain);
  return (
    <form
      class="calc not-content"
      aria-label={title}
      onFocusIn={() => void loadRuntime()}
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset>
        <legend>{title}</legend>
        {fields.map((f) => (
          <Field key={f.id} field={f} idPrefix={slug} live={mounted} />
        ))}
      </fieldset>
      <dl class="calc-results" aria-live="polite" aria-label={`Results of ${title}`}>
        {outs.map((r) => (
          <Result key={r.id} result={r} live={mounted} />
        ))}
      </dl>
      {explained.length > 0 && (
        <details class="calc-explain" open>
          <summary>Show the work</summary>
          {explained.map((r) => (
            <Explain key={r.id} result={r} live={mounted} />
          ))}
        </details>
      )}
      <button type="button" class="calc-reset" disabled={!changed} onClick={() => withRuntime((r) => r.reset())}>
        Reset to cited values
      </button>
    </form>
  );
}

function Field({ field: f, idPrefix, live }: { field: FieldProps; idPrefix: string; live: boolean }) {
  const id = `${idPrefix}-${f.id.replaceAll('.', '-')}`;
  const text = live ? (fieldTexts.value[f.id] ?? f.text) : f.text;
  const error = live ? fieldErrors.value[f.id] : undefined;
  const changed = live && f.id in overrides.value;
  const edit = (value: string) => withRuntime((r) => r.edit(f.id, value));
  const describedBy = `${id}-note${error ? ` ${id}-error` : ''}`;
  return (
    <div class={`calc-field${changed ? ' is-changed' : ''}`}>
      <label for={id}>{f.label}</label>
      <div class="calc-control">
        {f.options ? (
          <select id={id} aria-describedby={describedBy} value={text} onChange={(e) => edit(e.currentTarget.value)}>
            {f.options.map((o) => (
              <option value={String(o.value)}>{o.label}</option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            value={text}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={describedBy}
            onInput={(e) => edit(e.currentTarget.value)}
            onBlur={() => afterRuntime((r) => r.settle(f.id))}
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
            value={Number.parseFloat(text) || 0}
            onInput={(e) => edit(e.currentTarget.value)}
          />
        )}
      </div>
      <p class="calc-note" id={`${id}-note`}>
        {changed ? <span class="calc-cited">Changed; cited value: {f.citedText}. </span> : null}
        {f.assumption ? <strong>Assumption. </strong> : null}
        {f.source}
      </p>
      {error && (
        <p class="calc-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function Result({ result: r, live }: { result: ResultProps; live: boolean }) {
  const now = live ? results.value[r.id] : undefined;
  const text = now?.text ?? r.text;
  const exact = now?.exact ?? r.exact;
  const changed = text !== r.text;
  return (
    <div class={`calc-result${changed ? ' is-changed' : ''}`}>
      <dt>{r.label}</dt>
      <dd data-quantity={r.id} data-value={now?.value ?? r.value} data-owner="island">
        <output>{text}</output>
        {exact !== text && <span class="calc-exact">{exact}</span>}
        {changed && <span class="calc-cited">(cited: {r.text})</span>}
      </dd>
    </div>
  );
}

/** A result's formula, typeset at build time, and its work with the current values. */
function Explain({ result: r, live }: { result: ResultProps; live: boolean }) {
  const e = r.explain!;
  const work = (live ? works.value[r.id] : undefined) ?? e.work;
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
      <p class="calc-work" data-work-of={r.id}>
        {work}
      </p>
    </div>
  );
}
