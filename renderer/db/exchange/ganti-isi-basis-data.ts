import type { BundleContents } from '../../../shared/exchange/bundle-contents';
import { syncedTables } from '../../../shared/records/synced-tables';
import type { KopLindungDb } from '../database';
import type { ImportCounts } from '../import-counts';
import { RANTAI_CADANGAN } from '../keadaan-basis-data';
import { hapusRingkasan } from '../ringkasan-capaian';
import { mergeBundle, type MergeBundleOptions } from './merge-bundle';

/**
 * A restore: the database's records are replaced by a backup's in ONE transaction, so a crash or power cut leaves
 * either the old records or the restored ones. The records, their journal, the conflict list, the aliases, the
 * counters and the achievement summaries go; the backup then merges into the emptied stores through the import's
 * own merge (`mergeBundle`, which joins this transaction and rebuilds counters and summaries), so a restored record
 * is exactly what importing the backup into a new laptop makes. The database's identity, the mirrored device id,
 * the export and import logs stay: they are this laptop's own. The backup generation is made anew, so the next
 * backup is a full snapshot, never changes on top of the old records.
 */
export async function gantiIsiBasisData(
  db: KopLindungDb,
  contents: BundleContents,
  options: Pick<MergeBundleOptions, 'importHlc' | 'deviceId' | 'petugas' | 'onProgress'>,
): Promise<ImportCounts> {
  const tables = [...syncedTables.map((t) => db.table(t)), db.journal, db.meta, db.konflik, db.alias, db.impor];
  return db.transaction('rw', tables, async () => {
    for (const table of syncedTables) await db.table(table).clear();
    await db.journal.clear();
    await db.konflik.clear();
    await db.alias.clear();
    await db.meta.where('key').startsWith('jumlah:').delete();
    await hapusRingkasan(db);
    // Backups taken before this moment describe other records: the next one starts a new chain with a full one.
    await db.meta.put({ key: RANTAI_CADANGAN, value: crypto.randomUUID() });
    return await mergeBundle(db, contents, { ...options, apply: true });
  });
}
