/** Which pages show which quantity, read once per build (every inline number's popover asks). */
import { quantityPages } from './pages';

/** Quantity id → site paths of the pages whose prose shows it, at an anchor named by its id. */
export const pagesOfQuantity: Readonly<Record<string, string[]>> = quantityPages('inline');
