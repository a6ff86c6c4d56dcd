/**
 * A validator for the subset of JSON Schema (2020-12) that src/lib/present/facts-schema.ts uses:
 * type, const, enum, anyOf, oneOf, properties, required, additionalProperties, items, pattern,
 * minLength, minItems, exclusiveMinimum, maximum and local `$ref`s into `$defs`. A keyword outside
 * that subset throws, so that the schema cannot use one this validator would silently ignore.
 * Returns the errors, each with its JSON path ("$.quantities[3].range: missing low").
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', 'version']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  ...['type', 'const', 'enum', 'anyOf', 'oneOf', 'properties', 'required', 'additionalProperties', 'items'],
  ...['pattern', 'minLength', 'minItems', 'exclusiveMinimum', 'maximum', '$ref'],
]);

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
const isType = (v: unknown, t: string): boolean => (t === 'number' ? typeof v === 'number' : t === typeOf(v));

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  /** The errors of `v` against `s` alone (an option of anyOf or oneOf), with the same root. */
  const errorsOf = (s: Schema, v: unknown, path: string): string[] => {
    const before = errors.length;
    check(s, v, path);
    return errors.splice(before);
  };
  const check = (s: Schema, v: unknown, path: string): void => {
    for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`${path}: keyword "${k}" is not supported`);
    if (typeof s['$ref'] === 'string') {
      const name = /^#\/\$defs\/(.+)$/.exec(s['$ref'])?.[1];
      const target = name ? (root['$defs'] as Record<string, Schema> | undefined)?.[name] : undefined;
      if (!target) throw new Error(`${path}: unresolved $ref ${s['$ref']}`);
      check(target, v, path);
    }
    if (s['type'] !== undefined) {
      const types = [s['type']].flat() as string[];
      if (!types.some((t) => isType(v, t))) return void errors.push(`${path}: ${typeOf(v)}, not ${types.join('|')}`);
    }
    if ('const' in s && v !== s['const']) errors.push(`${path}: not ${JSON.stringify(s['const'])}`);
    if (Array.isArray(s['enum']) && !s['enum'].includes(v)) errors.push(`${path}: ${JSON.stringify(v)} not in enum`);
    for (const key of ['anyOf', 'oneOf'] as const) {
      const options = s[key] as Schema[] | undefined;
      if (!options) continue;
      const results = options.map((o) => errorsOf(o, v, path));
      const passing = results.filter((r) => r.length === 0).length;
      // None passes: the errors against the closest option say what is wrong.
      const closest = results.reduce((a, b) => (b.length < a.length ? b : a));
      if (passing === 0)
        errors.push(`${path}: matches none of ${key}${closest.length ? `; ${closest.join('; ')}` : ''}`);
      else if (key === 'oneOf' && passing > 1) errors.push(`${path}: matches ${passing} of oneOf, not exactly one`);
    }
    if (typeof v === 'string') {
      if (typeof s['pattern'] === 'string' && !new RegExp(s['pattern'], 'u').test(v))
        errors.push(`${path}: does not match ${s['pattern']}`);
      if (typeof s['minLength'] === 'number' && [...v].length < s['minLength']) errors.push(`${path}: too short`);
    }
    if (typeof v === 'number') {
      if (typeof s['exclusiveMinimum'] === 'number' && !(v > s['exclusiveMinimum'])) errors.push(`${path}: too small`);
      if (typeof s['maximum'] === 'number' && v > s['maximum']) errors.push(`${path}: too large`);
    }
    if (Array.isArray(v)) {
      if (typeof s['minItems'] === 'number' && v.length < s['minItems']) errors.push(`${path}: too few items`);
      if (s['items']) v.forEach((x, i) => check(s['items'] as Schema, x, `${path}[${i}]`));
    }
    if (typeOf(v) === 'object') {
      const o = v as Record<string, unknown>;
      const props = (s['properties'] ?? {}) as Record<string, Schema>;
      for (const r of (s['required'] ?? []) as string[]) if (!(r in o)) errors.push(`${path}: missing ${r}`);
      for (const [k, x] of Object.entries(o)) {
        if (props[k]) check(props[k], x, `${path}.${k}`);
        else if (s['additionalProperties'] === false) errors.push(`${path}: field "${k}" is not in the schema`);
        else if (typeof s['additionalProperties'] === 'object')
          check(s['additionalProperties'] as Schema, x, `${path}.${k}`);
      }
    }
  };
  check(root, value, '$');
  return errors;
}
