import Dexie from 'dexie';

/**
 * The database as an older app left it, for the backup before a schema upgrade: Dexie without a schema, so
 * nothing is upgraded; read at its own version (`verno`), and closed by the caller before the app opens it.
 */
export async function openOlderDatabase(name: string): Promise<Dexie> {
  const old = new Dexie(name);
  await old.open();
  return old;
}
