/** Helpers for acting as a reader. */
import { expect, type Page } from '@playwright/test';

/** Waits until every island on the page has hydrated (Astro removes `ssr` when it has). */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** The first inline (prose) number of a quantity. */
export const proseNumber = (page: Page, id: string) => page.locator(`.q[data-quantity="${id}"]`).first();

/** A calculator's result of a quantity. */
export const calcResult = (page: Page, id: string) => page.locator(`.calc dd[data-quantity="${id}"]`).first();

/**
 * Waits until the live page has written the scenario into the address bar, which it does once
 * typing pauses. The summary under the title grows then and moves the page below it, so a click
 * aimed at a number before that can land beside it.
 */
export async function scenarioWritten(page: Page, search: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).search).toBe(search);
}

/** Opens the popover of a quantity's first prose number, and returns it once it shows. */
export async function openPopover(page: Page, id: string) {
  const number = proseNumber(page, id);
  await number.locator('.q-value').click();
  const popover = number.locator('.q-about');
  await expect(popover).toBeVisible();
  return popover;
}
