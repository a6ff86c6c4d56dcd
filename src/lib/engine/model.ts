/** The facts model: plain, validated JSON that the build and the browser share. */
import type { ClaimCheck } from '../facts/claim-check';
import type { UnitTable } from './program';

/** How a number is written: compact ("3.76 M") or standard ("3,760,128"), and its precision. */
export interface FormatSpec {
  /** "compact" writes large numbers as "3.76 M"; "standard" writes every digit. */
  notation?: 'compact' | 'standard';
  /** Maximum significant digits (compact default 3). */
  digits?: number;
  /** Maximum fraction digits (standard default: chosen by magnitude; compact: of the scaled number). */
  decimals?: number;
  /** Write exactly `decimals` fraction digits, as the source writes them ("90.0 %"). */
  fixed?: boolean;
}

/** A bibliographic record. */
export interface Source {
  id: string;
  title: string;
  author: string;
  /** Publication date, where the source gives one. */
  date?: string;
  /** When we read it, for web pages that change. */
  accessed?: string;
  url?: string;
  /** `ours`: this site's own reading, for assumptions that no source makes. */
  kind: 'primary' | 'secondary' | 'news' | 'ours';
  /** Who reaches it through whom, e.g. "via the notes". */
  note?: string;
}

/** A choice offered for a switch-like input (a layer layout, tied or untied embeddings). */
export interface InputOption {
  value: number;
  label: string;
}

/** Fields shared by inputs and derived quantities. */
interface QuantityBase {
  id: string;
  label: string;
  /** The mathjs unit the value is in; "1" for a plain number, "%" for a fraction shown as a percentage. */
  unit: string;
  /** The unit the value is shown in (defaults to `unit`). */
  display_unit?: string;
  /** What to print after the number (defaults to the display unit). */
  symbol?: string;
  format?: FormatSpec;
  /** The data file the record came from. */
  file: string;
}

/** A cited figure (or a labelled assumption) that a reader may override. */
export interface Input extends QuantityBase {
  kind: 'input';
  /** The value, in `unit` (for "%", a fraction: 0.9 is 90 %). */
  value: number;
  source: string;
  locator: string;
  quote?: string;
  assumption: boolean;
  /** Why this is an assumption, or how the figure was read. */
  note?: string;
  /** How the source's words became this number ("16K" read as 16,384 = 2¹⁴). */
  reading?: string;
  /** Smallest and largest value a reader may enter, in `unit`. */
  min?: number;
  max?: number;
  /** Whether the value must be a whole number (a count of GPUs). */
  integer?: boolean;
  options?: InputOption[];
  /** Its range at the sources' precision, [low, high] in `unit` (ranges.yaml; src/lib/facts/ranges.ts). */
  range?: readonly [number, number];
  /** How that range was read: as stated, exact, held fixed, a switch, or this site's reading. */
  range_basis?: RangeBasis;
}

/** How an input's range was read, and why (see src/lib/facts/ranges.ts). */
export interface RangeBasis {
  kind: 'stated' | 'exact' | 'fixed' | 'switch' | 'reading';
  /** The stated text ("51"), or the reason it is exact, held, or read so. */
  text: string;
}

/** A quantity computed from other quantities by a mathjs formula over their ids. */
export interface Derived extends QuantityBase {
  kind: 'derived';
  formula: string;
  meaning: string;
}

export type Quantity = Input | Derived;

/** A checkable statement in a source (see the claims register and src/lib/facts/schema.ts). */
export interface Claim {
  id: string;
  aliases?: string[];
  source: string;
  locator: string;
  statement: string;
  stated?: { value: number; unit: string };
  stated_value?: number;
  quantity?: string;
  /** The stated figure's range where the words say more than the digits, with this site's reading. */
  stated_range?: { low: number; high: number; reading: string };
  check?: ClaimCheck;
  reasoning: string;
  explanation?: string;
  uncheckable?: string;
  file: string;
}

/** Everything the engine needs, keyed by id. */
export interface Model {
  sources: Record<string, Source>;
  quantities: Record<string, Quantity>;
  /** Checkable statements of the sources; absent from the browser's copy of the model. */
  claims?: Record<string, Claim>;
  /**
   * The units a reader may type for each unit an input is stored in, written by the build
   * (compile.ts `unitTables`) into the browser's copy of the model for the input grammar.
   */
  units?: Record<string, UnitTable>;
}

/** The unit a quantity is shown in. */
export const displayUnit = (q: Quantity): string => q.display_unit ?? q.unit;
