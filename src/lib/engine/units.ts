/** Unit helpers over the engine's mathjs instance: dimension checks and conversions. */
import { isUnit, parseUnit, unit, type MathValue } from './math';
import { DIMENSIONLESS as PLAIN, isDimensionless } from './model';

/** The unit strings that mean "dimensionless": a plain number, shown as is or as a percentage (model.ts's table). */
export const DIMENSIONLESS: ReadonlySet<string> = new Set(Object.keys(PLAIN));

/** Whether a unit string names something the engine understands. */
export function isKnownUnit(name: string): boolean {
  if (DIMENSIONLESS.has(name)) return true;
  try {
    unit(1, name);
    return true;
  } catch {
    return false;
  }
}

/** Wraps a number given in `name` as an engine value (a plain number when dimensionless). */
export function toValue(value: number, name: string): MathValue {
  return DIMENSIONLESS.has(name) ? value : unit(value, name);
}

/**
 * How many of the engine's internal units one `name` is: mathjs keeps every unit value in SI (or
 * in a custom base unit), so 3600 for h, 1 for GPU, 0.01 for %. Throws when the name is unknown.
 */
export function unitScale(name: string): number {
  if (isDimensionless(name)) return 1 / PLAIN[name]!;
  return unit(1, name).value;
}

/** Whether `v` has the dimension of unit `name`. */
export function hasDimension(v: MathValue, name: string): boolean {
  if (DIMENSIONLESS.has(name)) return typeof v === 'number';
  if (!isUnit(v)) return false;
  // A unit that cancels out (h/h) stays a Unit with no dimension in mathjs.
  return v.equalBase(unit(1, name));
}

/** A value as a number in unit `name` (a plain number in "%" is multiplied by 100). */
export function toNumber(v: MathValue, name: string): number {
  if (isUnit(v)) return v.toNumber(name);
  return v * (PLAIN[name] ?? 1);
}

/** Describes the dimension of a value for error messages ("h GPU", "dimensionless"). */
export function describeDimension(v: MathValue): string {
  if (!isUnit(v)) return 'a plain number';
  return v.formatUnits() || 'a plain number';
}

export { parseUnit };
