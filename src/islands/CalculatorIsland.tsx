/**
 * A calculator: cited inputs a reader can edit, the results that depend on them, and how each
 * result is computed (typeset formula, rendered at build time, and the work with the current values).
 * Its server render shows the cited values; the engine loads when a reader first focuses it.
 */
import { useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
import { memo } from './memo';
import { useEffect } from 'preact/hooks';
import type { CalculatorProps, FieldProps, ResultProps } from '../lib/present/calculator';
import { afterRuntime, fieldErrors, fieldTexts, loadRuntime, overrides, runtimeIfLoaded } from '../client/store';

/** Whether an island has mounted, so that it shows the page's scenario rather than the server's HTML. */
type Live = ReadonlySignal<boolean>;

/** Runs `fn` with the engine: at once when it is loaded, after loading otherwise. */
const withRuntime = (fn: (r: typeof import('../client/runtime')) => void): void => {
  const r = runtimeIfLoaded();
  if (r) fn(r);
  else void loadRuntime().then(fn);
};

/**
 * False during hydration, true after. Hydration must render exactly the server's HTML (Preact does
 * not patch attributes while hydrating), so the scenario is applied once it has mounted.
 */
function useMounted(): ReadonlySignal<boolean> {
  const mounted = useSignal(false);
  useEffect(() => {
    mounted.value = true;
  }, [mounted]);
  return mounted;
}

// An edit re-renders no result: the live page writes the numbers. A field re-renders when its own
// text or state changes; `memo` keeps a parent's render from re-rendering its parts.

export default function CalculatorIsland({ title, fields, results: outs }: CalculatorProps) {
  const live = useMounted();
  // Hydration puts the server's text back into the results; if the engine ran first, write its numbers again.
  useEffect(() => runtimeIfLoaded()?.repaint(), []);
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  // Reset drops every value the reader changed on the page (prose included), so it is on whenever there is one.
  const resetOff = useComputed(() => !live.value || Object.keys(overrides.value).length === 0);
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
          <Field key={f.id} field={f} idPrefix={slug} live={live} />
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
      <button type="button" class="calc-reset" disabled={resetOff} onClick={() => withRuntime((r) => r.reset())}>
        Reset to cited values
      </button>
    </form>
  );
}

const Field = memo(function Field({ field: f, idPrefix, live }: { field: FieldProps; idPrefix: string; live: Live }) {
  const id = `${idPrefix}-${f.id.replaceAll('.', '-')}`;
  const text = useComputed(() => (live.value ? fieldTexts.value[f.id] : undefined) ?? f.text).value;
  const error = useComputed(() => (live.value ? fieldErrors.value[f.id] : undefined)).value;
  const changed = useComputed(() => live.value && f.id in overrides.value).value;
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
});

/**
 * A result. It renders once: the live page writes its number, exact form and cited note, like
 * every other number on the page (src/client/page-numbers.ts), so an edit re-renders no component.
 */
const Result = memo(function Result({ result: r }: { result: ResultProps }) {
  return (
    <div class="calc-result">
      <dt>{r.label}</dt>
      <dd data-quantity={r.id} data-value={r.value} data-cited={r.text}>
        <output class="q-text">{r.text}</output>
        <span class="calc-exact" data-exact-text hidden={r.exact === r.text}>
          {r.exact}
        </span>
        <span class="calc-cited" hidden>
          (cited: {r.text})
        </span>
      </dd>
    </div>
  );
});

/** A result's formula, typeset at build time, and its work with the current values (written by the live page). */
const Explain = memo(function Explain({ result: r }: { result: ResultProps }) {
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
    </div>
  );
});
