import { syncedTables } from '../../../shared/records/synced-tables';
import type { KopLindungDb } from '../database';

/** Records per bundle section in this database (tombstones included, as a bundle counts them), for the restore preview. */
export async function countSections(db: KopLindungDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of syncedTables) out[table] = await db.table(table).count();
  out.alias = await db.alias.count();
  return out;
}
