/**
 * The calculators' behaviour for a reader (issue 13): errors announced once typing pauses, one
 * polite live region for the page, a slider that says its unit, the hint for an ambiguous
 * percentage, Reset that resets its own calculator, the no-JS note above the fields, and a long
 * calculator grouped under headings with its work closed. No figure of the facts is typed here:
 * expected texts are read from the page's cited markup or are arithmetic written in the test.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { calcResult, hydrated } from './support/page';

/** A calculator by its title (the form's accessible name). */
const calculator = (page: Page, title: string) => page.getByRole('form', { name: title, exact: true });

const goodputField = (page: Page) => page.getByLabel('Goodput of the pre-training run', { exact: true });

/** The distinct input ids of a calculator's fields. */
const inputIdsOf = (form: Locator) =>
  form.evaluate((f) => [...new Set([...f.querySelectorAll('[data-field]')].map((c) => c.getAttribute('data-field')))]);

test.describe('a field’s error', () => {
  test('is announced through role=alert once typing pauses, not on each keystroke', async ({ page }) => {
    await page.goto('/pretraining/');
    await hydrated(page);
    const field = goodputField(page);
    const box = page.locator('.calc-field', { has: field });
    const alert = box.getByRole('alert');
    await expect(alert).toHaveCount(1);
    await expect(alert).toBeEmpty();
    // Record, in the page's own clock, each keystroke and each change of the alert's text.
    await alert.evaluate((el) => {
      const w = window as unknown as { keys: number[]; writes: { t: number; text: string }[] };
      w.keys = [];
      w.writes = [];
      document.addEventListener('keydown', () => w.keys.push(performance.now()), true);
      new MutationObserver(() => w.writes.push({ t: performance.now(), text: el.textContent ?? '' })).observe(el, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    // The cited wall time, as the static page wrote it.
    const wall = calcResult(page, 'pretrain.wall_hours');
    const citedWall = (await wall.locator('output').textContent())!;
    await field.clear();
    // Typed quickly: three characters, each a refused value, 80 ms apart.
    await field.pressSequentially('abc', { delay: 80 });
    await expect(alert).toContainText(/not a number/i);
    const { keys, writes } = await page.evaluate(() => {
      const w = window as unknown as { keys: number[]; writes: { t: number; text: string }[] };
      return { keys: w.keys, writes: w.writes };
    });
    const shown = writes.filter((w) => w.text !== '');
    // One announcement, of the whole value, after the last keystroke and a pause (half a second or more).
    expect(shown).toHaveLength(1);
    expect(shown[0]!.text).toContain('abc');
    expect(shown[0]!.t - keys.at(-1)!).toBeGreaterThanOrEqual(500);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // The last good result stays on screen: the cited wall time.
    await expect(wall.locator('output')).toHaveText(citedWall);
  });

  test('is shown at once when the reader leaves the field', async ({ page }) => {
    await page.goto('/pretraining/');
    await hydrated(page);
    // Load the live page first, so that the timing below is the field's, not the first load's.
    await goodputField(page).fill('80');
    // The overhead is in both calculators of the page: its error is announced once, where it was typed.
    const here = calculator(page, 'Overhead breakdown');
    const field = here.getByLabel('Total overhead of the pre-training run', { exact: true });
    const alert = here
      .locator('.calc-field', { has: page.getByLabel('Total overhead of the pre-training run', { exact: true }) })
      .getByRole('alert');
    // Typed and left in one task, so that no pause can pass between the two: the error waits for the
    // pause (600 ms) while the reader is in the field, and is written at once when they leave it.
    const said = await alert.evaluate(
      (el, input) => {
        const field = input as HTMLInputElement;
        field.focus();
        field.value = 'xyz';
        field.dispatchEvent(new Event('input', { bubbles: true }));
        const before = el.textContent;
        field.blur();
        return { before, after: el.textContent, left: document.activeElement !== field };
      },
      await field.elementHandle(),
    );
    expect(said.left).toBe(true);
    expect(said.before).toBe('');
    expect(said.after).toContain('xyz');
    await expect(alert).toContainText('xyz');
    // The other calculator's overhead field kept its last good value: no error there, nothing said twice.
    const there = calculator(page, 'Pre-training time').locator('.calc-field', {
      has: page.getByLabel('Total overhead of the pre-training run', { exact: true }),
    });
    await expect(there.locator('.calc-error')).toHaveCount(0);
    await expect(there.getByRole('alert')).toBeEmpty();
    await expect(there.getByRole('textbox')).toHaveAttribute('aria-invalid', 'false');
  });
});

test('the page has one polite live region, which reads a summary once typing pauses', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  // No live region inside a calculator (an <output> is one unless it says aria-live="off"), but the fields' errors.
  await expect(page.locator('.calc [aria-live]:not([aria-live="off"])')).toHaveCount(0);
  await expect(page.locator('.calc [role="status"]')).toHaveCount(0);
  // Nor in the change table or the notices: the page's one region speaks for them.
  const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]';
  await expect(page.locator(`[data-scenario-changes] :is(${live}), [data-scenario-changes-status]`)).toHaveCount(0);
  await expect(page.locator(`[data-scenario-notices]:is(${live})`)).toHaveCount(0);
  await expect(page.locator('[data-page-status]')).toHaveCount(1);
  const status = page.locator('[data-page-status]');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await goodputField(page).fill('80');
  // The edited calculator's title and one of its results, and the change table's count.
  await expect(status).toContainText('Pre-training time:');
  await expect(status).toContainText('Wall-clock time of pre-training');
  await expect(status).toContainText('numbers on this page differ');
});

test('the slider says its value with its unit, as it moves', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  const slider = page.getByRole('slider', { name: /Goodput of the pre-training run/ });
  // At first, the field's text with its unit: the goodput's one precision, "90.0 %" (a slider's value drops the zero).
  await expect(slider).toHaveAttribute('aria-valuetext', `${await goodputField(page).inputValue()} %`);
  await slider.focus();
  const before = Number(await slider.inputValue());
  await slider.press('ArrowLeft');
  // One step of 0.1 down.
  await expect.poll(async () => Number(await slider.inputValue())).toBeCloseTo(before - 0.1, 9);
  await expect(slider).toHaveAttribute('aria-valuetext', `${await slider.inputValue()} %`);
  await expect(slider).toHaveAttribute('aria-valuetext', /\d %$/);
});

test('goodput “0.85” shows a hint that says what the field read and its rule', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  const field = goodputField(page);
  const hint = page.locator('.calc-field', { has: field }).locator('.calc-hint');
  await expect(hint).toBeHidden();
  await field.fill('0.85');
  await expect(hint).toBeVisible();
  // 0.85 × 100 = 85: the per-cent reading the reader may have meant.
  expect(0.85 * 100).toBeCloseTo(85, 9);
  await expect(hint).toContainText('0.85 %');
  await expect(hint).toContainText('Did you mean 85');
  await expect(hint).toContainText('90.0 means 90.0 %'); // the goodput's one precision, a fixed tenth
  await expect(field).toHaveAttribute('aria-describedby', new RegExp((await hint.getAttribute('id'))!));
  await expect(field).toHaveAccessibleDescription(/0\.85 means 0\.85 %/);
  await field.fill('85');
  await expect(hint).toBeHidden();
  await expect(field).not.toHaveAccessibleDescription(/means 0\.85/);
});

test('Reset resets its own calculator, and a shared input in the other one, and says which', async ({ page }) => {
  await page.goto('/pretraining/');
  await hydrated(page);
  const time = calculator(page, 'Pre-training time');
  const breakdown = calculator(page, 'Overhead breakdown');
  const goodput = time.getByLabel('Goodput of the pre-training run', { exact: true });
  const recompute = breakdown.getByLabel('Recomputation time', { exact: true });
  const overheadHere = breakdown.getByLabel('Total overhead of the pre-training run', { exact: true });
  const overheadThere = time.getByLabel('Total overhead of the pre-training run', { exact: true });
  const cited = { recompute: await recompute.inputValue(), overhead: await overheadHere.inputValue() };
  // The two calculators share the overhead, and only the overhead.
  const theirs = await inputIdsOf(breakdown);
  expect((await inputIdsOf(time)).filter((id) => theirs.includes(id))).toEqual(['pretrain.overhead_hours']);

  await goodput.fill('80');
  await recompute.fill('7');
  await overheadHere.fill('60');
  await expect(overheadThere).toHaveValue('60');
  // The calculator's own reset button, found by the markup rather than by its words.
  const button = breakdown.locator('button[data-reset]');
  await button.click();

  await expect(recompute).toHaveValue(cited.recompute);
  await expect(overheadHere).toHaveValue(cited.overhead);
  await expect(overheadThere).toHaveValue(cited.overhead);
  // The other calculator's own input keeps the reader's value.
  await expect(goodput).toHaveValue('80.0'); // the goodput's one precision, a fixed tenth
  await expect(time.getByRole('button', { name: /^Reset this calculator/ })).toBeEnabled();
  await expect(button).toBeDisabled();
  // It says what it resets, and what it did.
  const count = (await inputIdsOf(breakdown)).length;
  await expect(button).toHaveText(`Reset this calculator’s ${count} inputs`);
  const said = breakdown.locator('[data-reset-status]');
  await expect(said).toContainText(`Reset this calculator’s ${count} inputs`);
  await expect(said).toContainText('“Pre-training time”');
  await expect(said).toContainText('Total overhead of the pre-training run');
  await expect(said).not.toContainText('Goodput');
  await expect(page.locator('[data-page-status]')).toContainText('Also reset in “Pre-training time”');
});

test('the field a reader types in stays where it is when the scenario summary appears above it', async ({ page }) => {
  await page.goto('/pretraining/');
  const field = calculator(page, 'Overhead breakdown').getByLabel('Recomputation time', { exact: true });
  const summary = page.locator('[data-scenario-summary]');
  await field.scrollIntoViewIfNeeded();
  await expect(summary).toBeHidden();
  const top = async () => (await field.boundingBox())!.y;
  const before = await top();
  await field.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('5');
  // The summary under the title now lists the change: the page above the field grew.
  await expect(summary).toBeVisible();
  await expect(summary.locator('li')).toHaveCount(1);
  // Within a pixel: scrolling moves by whole pixels, and the layout has half pixels. Polled: the
  // correction runs in the frame after the change (before it is painted), and the test can read the
  // layout in between.
  await expect.poll(async () => Math.abs((await top()) - before)).toBeLessThanOrEqual(1);
});

test('with JavaScript off, the note sits above each calculator’s fields', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/pretraining/');
  const forms = page.locator('form.calc');
  expect(await forms.count()).toBeGreaterThan(1);
  for (const form of await forms.all()) {
    const note = form.locator('.calc-noscript');
    await expect(note).toBeVisible();
    await expect(note).toContainText('needs JavaScript');
    const noteBox = (await note.boundingBox())!;
    const fieldBox = (await form.locator('.calc-field').first().boundingBox())!;
    expect(noteBox.y + noteBox.height).toBeLessThanOrEqual(fieldBox.y);
    const before = await form.evaluate((f) => {
      const n = f.querySelector('.calc-noscript')!;
      const first = f.querySelector('.calc-field')!;
      return Boolean(n.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
  }
  await context.close();
});

test('the architecture reconstruction groups its inputs under headings, with the work closed', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/architecture/');
  const form = calculator(page, 'Parameter count reconstruction');
  const headings = form.getByRole('heading');
  expect(await headings.count()).toBeGreaterThanOrEqual(3);
  await expect(form.getByRole('heading', { name: 'Attention', exact: true })).toBeVisible();
  // Each field sits in a group named by its heading.
  const attention = form.getByRole('group', { name: 'Attention', exact: true });
  await expect(attention.getByLabel('Query heads per attention layer', { exact: true })).toBeVisible();
  const fields = await form.locator('.calc-field').count();
  const grouped = await form.locator('.calc-group .calc-field').count();
  expect(grouped).toBe(fields);
  // The work starts closed, so the results sit right after the inputs.
  await expect(form.locator('details.calc-explain')).toHaveJSProperty('open', false);
  await expect(form.locator('.calc-work').first()).toBeHidden();
  // An ungrouped calculator keeps its work open.
  await expect(calculator(page, 'Active share of the model').locator('details.calc-explain')).toHaveJSProperty(
    'open',
    true,
  );
});

test('a field’s description states the range it accepts', async ({ page }) => {
  await page.goto('/pretraining/');
  const note = page.locator('.calc-field', { has: goodputField(page) }).locator('.calc-note');
  await expect(note).toContainText(/From .+ to .+ %/);
});
