/** A broken facts file: says which file, which record and which field. */
export class FactsError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly detail: string,
    readonly recordId?: string,
  ) {
    super(`${file}: ${recordId ? `"${recordId}", ` : ''}field "${field}": ${detail}`);
    this.name = 'FactsError';
  }
}
