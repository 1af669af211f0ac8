/**
 * The change stamp every synced record carries. `changedAt` is the newest field clock, `fieldClocks` the clock of
 * each field's last change: per-field clocks are what lets a later merge keep the newest value of each field, and
 * `deleted` is a field too, so an older file can never bring a deleted record back.
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
}

export type Synced<T> = T & RecordMeta;

/** The keys the write path owns; user-facing data never sets them. */
export const recordMetaKeys = ['id', 'createdAt', 'changedAt', 'deviceId', 'deleted', 'fieldClocks'] as const;
