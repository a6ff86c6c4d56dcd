/** Which pages show which quantity, read once per build (every inline number's popover asks). */
import { quantityPages } from './pages';

/** Quantity id → site paths of the pages that render it. */
export const pagesOfQuantity: Readonly<Record<string, string[]>> = quantityPages();
