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
