import type { SyncedTable } from './schema-versions';

/**
 * One line of the change journal: what changed, when (HLC), on which device. The journal is append-only and is
 * the single source for audit, history, "changes since the last export" and backups.
 */
export interface JournalEntry {
  readonly seq?: number;
  readonly table: SyncedTable;
  readonly recordId: string;
  readonly hlc: string;
  readonly deviceId: string;
  /**
   * The officer on duty on that laptop when the change was made (for a merge: who imported the file), so the change
   * history names a person. Absent on entries written before it was recorded and when no officer is set. The journal
   * stays on its laptop (bundles carry records, not journal entries), so no file format changes with it.
   */
  readonly petugas?: string;
  /**
   * `merge`: an import changed the record; `resolve`: a person chose a value in the conflict list; `hapus-pribadi`:
   * the person's data was erased on request (UU 27/2022), which also blanked the values of their earlier entries.
   */
  readonly op: 'create' | 'update' | 'delete' | 'restore' | 'merge' | 'resolve' | 'hapus-pribadi';
  /** The new values of the fields this change set (for create: every field). */
  readonly changes: Readonly<Record<string, unknown>>;
}
