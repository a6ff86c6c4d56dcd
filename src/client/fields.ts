/**
 * Writes the calculators' fields: their text, whether the reader's value was refused (the error
 * under the field, `aria-invalid`), whether it differs from the cited value (the "changed" note),
 * and whether "Reset" has anything to reset. The fields are static HTML; this is their only writer.
 */
import { FIELD } from '../lib/present/number-markup';

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
    if (c === except) continue;
    const v = c instanceof HTMLInputElement && c.type === 'range' ? String(Number.parseFloat(text) || 0) : text;
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

/** Shows (or, with undefined, removes) the error under every field of input `id`. */
export function writeFieldError(id: string, message: string | undefined): void {
  for (const box of all().get(id)?.boxes ?? []) {
    const text = box.querySelector<HTMLInputElement>('input[type="text"]');
    const note = box.querySelector<HTMLElement>('.calc-note');
    let error = box.querySelector<HTMLElement>('.calc-error');
    if (!message) {
      if (!error) continue;
      error.remove();
      text?.setAttribute('aria-invalid', 'false');
      if (note) text?.setAttribute('aria-describedby', note.id);
      continue;
    }
    if (!error) {
      error = document.createElement('p');
      error.className = 'calc-error';
      error.id = `${text?.id ?? note?.id ?? id}-error`;
      box.append(error);
    }
    if (error.textContent !== message) error.textContent = message;
    text?.setAttribute('aria-invalid', 'true');
    if (note) text?.setAttribute('aria-describedby', `${note.id} ${error.id}`);
  }
}

/** Shows (or, with undefined, removes) a hint under every field of input `id`: what the text means there. */
export function writeFieldHint(id: string, hint: string | undefined): void {
  for (const box of all().get(id)?.boxes ?? []) {
    let el = box.querySelector<HTMLElement>('.calc-hint');
    if (!hint) {
      el?.remove();
      continue;
    }
    if (!el) {
      el = document.createElement('p');
      el.className = 'calc-hint';
      box.querySelector('.calc-control')?.after(el);
    }
    if (el.textContent !== hint) el.textContent = hint;
  }
}

/** Enables the calculators' reset buttons exactly when some value differs from the cited one. */
export function writeResettable(on: boolean): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>(`.calc [${FIELD.reset}]`)) b.disabled = !on;
}
