/**
 * A row of the `meta` table: what this laptop keeps for itself under a key (record counters, per-cooperative
 * summaries, the officer at a check-in table, a remembered column mapping, *bukan duplikat* decisions). Never exported.
 */
export interface MetaEntry {
  readonly key: string;
  readonly value: unknown;
}
