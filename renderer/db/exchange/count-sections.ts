import { syncedTables } from '../../../shared/records/synced-tables';
import type { KopLindungDb } from '../database';

/** Records per bundle section in this database (tombstones included, as a bundle counts them), for the restore preview. */
export async function countSections(db: KopLindungDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of syncedTables) out[table] = await db.table(table).count();
  out.alias = await db.alias.count();
  return out;
}

/** Whether this database holds no synced record at all (a laptop's first import): one key read per table, not a count. */
export async function holdsNoRecords(db: KopLindungDb): Promise<boolean> {
  for (const table of syncedTables) if ((await db.table(table).limit(1).primaryKeys()).length > 0) return false;
  return true;
}
