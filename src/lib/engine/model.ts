/** The facts model: plain, validated JSON that the build and the browser share. */
import type { z } from 'zod';
import type { claimSchema, derivedSchema, inputSchema, sourceSchema } from '../facts/schema';
import type { UnitTable } from './program';

// The records' types are inferred from the zod schemas that validate the facts files, so the two
// cannot drift; only what loading adds is written here (`kind`, `file`, resolved references).
// Type-only: the engine (and the browser) load no zod.
/** A record as zod reads it, with optional fields that are absent rather than `undefined` (exactOptionalPropertyTypes). */
type Parsed<T> = { [K in keyof T]: Exclude<T[K], undefined> };
type InputRecord = Parsed<z.infer<typeof inputSchema>>;

/** How a number is written: compact ("3.76 M") or standard ("3,760,128"), and its precision. */
export type FormatSpec = Parsed<NonNullable<z.infer<typeof inputSchema>['format']>>;

/** A bibliographic record. */
export type Source = Parsed<z.infer<typeof sourceSchema>>;

/** A choice offered for a switch-like input (a layer layout, a peak); `from` names the input whose cited value it is. */
export interface InputOption {
  value: number;
  label: string;
  from?: string;
}

/** What loading adds to every quantity: its kind and the data file it came from. */
interface Loaded<K extends 'input' | 'derived'> {
  kind: K;
  format?: FormatSpec;
  /** The data file the record came from. */
  file: string;
}

/**
 * A cited figure (or a labelled assumption) that a reader may override. Its `value` is in `unit`
 * (a fraction for a quantity shown in %), with any `{ from: id }` resolved to that input's value.
 */
export type Input = Omit<InputRecord, 'value' | 'options' | 'format'> &
  Loaded<'input'> & {
    value: number;
    /** The input whose cited value this one takes (a switch's default option), where it names one. */
    from?: string;
    options?: InputOption[];
    /** This site's reason for the bounds (the comment beside `max:` in the facts file). */
    bound_reason?: string;
    /** Its range at the sources' precision, [low, high] in `unit` (ranges.yaml; src/lib/facts/ranges.ts). */
    range?: readonly [number, number];
    /** How that range was read: as stated, exact, held fixed, a switch, or this site's reading. */
    range_basis?: RangeBasis;
  };

/** How an input's range was read, and why (see src/lib/facts/ranges.ts). */
export interface RangeBasis {
  kind: 'stated' | 'exact' | 'fixed' | 'switch' | 'reading';
  /** The stated text ("51"), or the reason it is exact, held, or read so. */
  text: string;
}

/** A quantity computed from other quantities by a mathjs formula over their ids. */
export type Derived = Omit<Parsed<z.infer<typeof derivedSchema>>, 'format'> & Loaded<'derived'>;

export type Quantity = Input | Derived;

/** A checkable statement in a source (see the claims register and src/lib/facts/schema.ts). */
export type Claim = Parsed<z.infer<typeof claimSchema>> & { file: string };

/** Page titles, and the page that shows each derived quantity, as an index into them. */
export interface QuantityPages {
  titles: string[];
  of: Record<string, number>;
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
  /**
   * The pages that show each derived quantity (`of`: id → index into `titles`), so that a message
   * can name the page of a result that cannot be computed (browser copy only).
   */
  pages?: QuantityPages;
  /** Former quantity ids, each with the id it now goes by (a link may still use one). */
  aliases?: Record<string, string>;
}

/** The unit a quantity is shown in. */
export const displayUnit = (q: Quantity): string => q.display_unit ?? q.unit;

/**
 * The dimensionless units, each with how many of it make a plain 1: 100 %. The build's unit
 * machinery (units.ts) converts a fraction and its percentage through it rather than by `=== '%'`.
 * (A multiplier, not a size: 0.9 × 100 is the same double as before, where 0.9 / 0.01 is not.)
 * The browser's copies (parse-input.ts, present/quantity.ts, scenario-summary.ts) still test
 * `=== '%'`: reading this table there cost 44 B of the engine chunk, over its budget (test:bytes).
 */
export const DIMENSIONLESS: Readonly<Record<string, number>> = { '1': 1, '%': 100 };

/** Whether a unit is dimensionless ('1' or '%'). */
export const isDimensionless = (u: string): boolean => Object.hasOwn(DIMENSIONLESS, u);
