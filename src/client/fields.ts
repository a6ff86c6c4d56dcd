/**
 * Writes the calculators' fields: their text, whether the reader's value was refused (the error
 * under the field, `aria-invalid`, once typing pauses), a hint where a value reads two ways,
 * whether it differs from the cited value (the "changed" note), and each calculator's "Reset". The fields are static HTML; this is their only writer.
 */
import { FIELD } from '../lib/present/number-markup';
import { TYPING_PAUSE_MS } from './announce';

type Control = HTMLInputElement | HTMLSelectElement;

interface FieldEls {
  boxes: HTMLElement[];
  controls: Control[];
}

let fields: Map<string, FieldEls> | undefined;

/** Every field of the page, by input id, found once. */
function all(): Map<string, FieldEls> {
  if (fields) return fields;
  fields = new Map();
  const get = (id: string) => {
    let f = fields!.get(id);
    if (!f) fields!.set(id, (f = { boxes: [], controls: [] }));
    return f;
  };
  for (const box of document.querySelectorAll<HTMLElement>(`[${FIELD.box}]`))
    get(box.getAttribute(FIELD.box)!).boxes.push(box);
  for (const c of document.querySelectorAll<Control>(`[${FIELD.id}]`)) get(c.getAttribute(FIELD.id)!).controls.push(c);
  return fields;
}

/** Puts `text` in every control of input `id` but `except` (the one the reader is typing in). */
export function writeFieldText(id: string, text: string, except?: Element): void {
  for (const c of all().get(id)?.controls ?? []) {
    const slider = c instanceof HTMLInputElement && c.type === 'range';
    // A slider reads its value with its unit ("85.1 %"), also while the reader drags it.
    if (slider) {
      const unit = c.dataset['unit'];
      const said = unit ? `${text} ${unit}` : text;
      if (c.getAttribute('aria-valuetext') !== said) c.setAttribute('aria-valuetext', said);
    }
    if (c === except) continue;
    const v = slider ? String(Number.parseFloat(text) || 0) : text;
    if (c.value !== v) c.value = v;
  }
}

/** Marks input `id` as changed from its cited value (the note under it says the cited value). */
export function writeFieldChanged(id: string, changed: boolean): void {
  for (const box of all().get(id)?.boxes ?? []) {
    if (box.classList.contains('is-changed') === changed) continue;
    box.classList.toggle('is-changed', changed);
    const note = box.querySelector<HTMLElement>('.calc-note > .calc-cited');
    if (note) note.hidden = !changed;
  }
}

/** Errors waiting for typing to pause, by input id. */
const pending = new Map<string, { message: string; from: Element | undefined; timer: ReturnType<typeof setTimeout> }>();

/**
 * Shows the error of input `id` under the field the reader typed in (`from`) once typing pauses (a
 * half-typed "4,0" is on its way to "4,096"), in its `role="alert"` region, so that it is announced
 * once; with undefined, removes it at once. The same input's other fields keep their last good
 * value, and every result stays as it was.
 */
export function writeFieldError(id: string, message: string | undefined, from?: Element): void {
  clearTimeout(pending.get(id)?.timer);
  pending.delete(id);
  if (!message) return showError(id);
  pending.set(id, { message, from, timer: setTimeout(() => flushFieldError(id), TYPING_PAUSE_MS) });
}

/** Shows input `id`'s waiting error now: the reader has left the field. */
export function flushFieldError(id: string): void {
  const p = pending.get(id);
  if (!p) return;
  clearTimeout(p.timer);
  pending.delete(id);
  showError(id, p.message, p.from);
}

function showError(id: string, message?: string, from?: Element): void {
  const boxes = all().get(id)?.boxes ?? [];
  const at = message ? (boxes.find((b) => from && b.contains(from)) ?? boxes[0]) : undefined;
  for (const box of boxes) {
    const on = box === at;
    box.querySelector('.calc-error')?.remove();
    box.querySelector('input[type="text"]')?.setAttribute('aria-invalid', String(on));
    if (!on) continue;
    const error = document.createElement('p');
    error.className = 'calc-error';
    error.textContent = message!;
    box.querySelector('.calc-alert')!.append(error);
  }
}

/** Shows (or, with undefined, hides) the hint beside input `id`'s fields ("0.85" read as 0.85 %). */
export function writeFieldHint(id: string, hint = ''): void {
  for (const box of all().get(id)?.boxes ?? []) {
    const el = box.querySelector<HTMLElement>('.calc-hint')!;
    // Emptied when hidden: the field's description names it always.
    if (el.textContent !== hint) el.textContent = hint;
    if (el.hidden !== !hint) el.hidden = !hint;
  }
}

const inputsOf = new WeakMap<Element, string[]>();

/** The input ids of a calculator's fields, in order (found once per calculator). */
export function calculatorInputs(form: Element): string[] {
  let ids = inputsOf.get(form);
  if (!ids) {
    ids = [...new Set([...form.querySelectorAll(`[${FIELD.id}]`)].map((c) => c.getAttribute(FIELD.id)!))];
    inputsOf.set(form, ids);
  }
  return ids;
}

/** The other calculators of the page that show any of `ids`: their titles and which ids they show. */
export function sharedWith(form: Element, ids: readonly string[]): { calculator: string; ids: string[] }[] {
  return [...document.querySelectorAll('form.calc')]
    .filter((f) => f !== form)
    .map((f) => ({
      calculator: f.getAttribute('aria-label') ?? '',
      ids: calculatorInputs(f).filter((i) => ids.includes(i)),
    }))
    .filter((s) => s.ids.length > 0);
}

let resets: { button: HTMLButtonElement; ids: string[] }[] | undefined;

/** Enables each calculator's reset button exactly when one of its inputs is in `active` (changed or refused). */
export function writeResettable(active: ReadonlySet<string>): void {
  // Every edit asks: the buttons and their calculators' inputs are found once.
  resets ??= [...document.querySelectorAll<HTMLButtonElement>(`.calc [${FIELD.reset}]`)].map((button) => {
    const form = button.closest('form.calc');
    return { button, ids: form ? calculatorInputs(form) : [] };
  });
  for (const { button, ids } of resets) {
    const disabled = !ids.some((id) => active.has(id));
    if (button.disabled !== disabled) button.disabled = disabled;
  }
}

let resetSaid = false;

/** Says under `form`'s reset button what the reset did, and clears what the others said (all, with no form). */
export function writeResetStatus(form: Element | undefined, text: string): void {
  if (!text && !resetSaid) return;
  resetSaid = text !== '';
  for (const p of document.querySelectorAll<HTMLElement>('.calc [data-reset-status]')) {
    const said = p.closest('form.calc') === form ? text : '';
    if (p.textContent !== said) p.textContent = said;
  }
}
