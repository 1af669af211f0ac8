import { DEFAULT_DB_NAME } from '../db/database';
import { schemaVersions } from '../db/schema-versions';

/**
 * Whether the database on disk is at an older schema than this app's, so opening it will upgrade it: asked before
 * the app opens it, since the backup before an upgrade must read the records as the older app left them. Dexie
 * keeps its version ×10 as IndexedDB's; a database that does not exist yet needs no backup.
 */
export async function perluCadanganSebelumPembaruan(name: string = DEFAULT_DB_NAME): Promise<boolean> {
  const found = (await indexedDB.databases?.())?.find((d) => d.name === name);
  if (!found?.version) return false;
  return Math.ceil(found.version / 10) < schemaVersions.at(-1)!.version;
}
