import { kosongkanNilaiPribadi } from '../../shared/anggota/data-pribadi-terhapus';
import type { KopLindungDb } from './database';

/**
 * Blanks what an erased person left behind besides their record: the values in their journal entries (which fields
 * changed, when and by whom stay, as the office's record of its own work) and their conflict versions. Runs inside
 * the caller's transaction (journal and konflik), the erasure's or the import's that brought it.
 */
export async function kosongkanJejakPribadi(db: KopLindungDb, anggotaId: string): Promise<void> {
  await db.journal
    .where('[table+recordId]')
    .equals(['anggota', anggotaId])
    .modify((entry) => {
      (entry as { changes: Record<string, unknown> }).changes = kosongkanNilaiPribadi(entry.changes);
    });
  await db.konflik.where('[tabel+recordId]').equals(['anggota', anggotaId]).delete();
}
