/**
 * Just a record's user fields, by the schema's field names: what forms edit, and what the write path journals and
 * exports carry (no change stamps, no derived index fields).
 */
export function pickFields<T extends object>(record: T, names: readonly (keyof T)[]): T {
  return Object.fromEntries(names.map((k) => [k, record[k]])) as T;
}
