/** Which pages show which quantity, read once per build (every inline number's popover asks). */
import { derivedPages, quantityPages } from './pages';

/** Quantity id → site paths of the pages whose prose shows it, at an anchor named by its id. */
export const pagesOfQuantity: Readonly<Record<string, string[]>> = quantityPages('inline');

/** The page that shows each derived quantity, for messages about a result on another page. */
export const pagesOfDerived = derivedPages();
