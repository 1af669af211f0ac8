/**
 * The change stamp every synced record carries. `fieldClocks` is the clock of each field's last change: per-field
 * clocks are what lets a later merge keep the newest value of each field, and `deleted` is a field too, so an older
 * file can never bring a deleted record back. `changedAt` is this laptop's own clock of the last time the record
 * changed here (an edit, or an import that changed it): "changes since the last export" reads it, so what a laptop
 * imported from another travels on in its next export even when the change itself is older.
 */
export interface RecordMeta {
  readonly id: string;
  readonly createdAt: string;
  readonly changedAt: string;
  /** The device that made the newest change. */
  readonly deviceId: string;
  /** 0 or 1 (IndexedDB cannot index booleans). */
  readonly deleted: 0 | 1;
  readonly fieldClocks: Readonly<Record<string, string>>;
  /**
   * Per field, the newest clock the writer of the current value had already seen for that field ('' or absent:
   * none). A value supersedes every value of the field with a clock up to its basis (and older values from its own
   * device); values that supersede neither way were written without knowledge of each other, and when they differ
   * the merge shows them as a conflict (shared/exchange/field-versions.ts).
   */
  readonly fieldBasis?: Readonly<Record<string, string>>;
  /** People only: the other NIKs the person is known by, learned from files (shared/exchange/nik-dikenal.ts). */
  readonly nikDikenal?: readonly string[];
}

export type Synced<T> = T & RecordMeta;

/** The keys the write path owns; user-facing data never sets them. */
export const recordMetaKeys = ['id', 'createdAt', 'changedAt', 'deviceId', 'deleted', 'fieldClocks', 'fieldBasis', 'nikDikenal'] as const;

/**
 * Whether a value is "nothing written yet": a blank text or an empty list. A new record stamps only the fields it
 * really fills, so when two laptops register the same person, a field one of them left blank never wins over, or
 * conflicts with, what the other wrote (a field without a clock is superseded by any change to it).
 */
export function isBlankValue(value: unknown): boolean {
  return value === '' || value === null || (Array.isArray(value) && value.length === 0);
}
