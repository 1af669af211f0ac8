import { syncedTables, type SyncedTable } from '../../shared/records/synced-tables';
import type Dexie from 'dexie';
import type { KopLindungDb } from './database';
import { counterKey } from './record-counters';

/** `meta` keys of the database's own identity and of the device id mirrored from settings. */
const IDENTITAS = 'identitas';
const DEVICE_ID = 'deviceId';
/**
 * The database's backup generation: made with its identity and made anew by every restore (in the restore's own
 * transaction), so a changes-only backup never continues a chain taken before the records were replaced.
 */
export const RANTAI_CADANGAN = 'rantaiCadangan';

/** What the database says about itself: the facts main records outside it, and the recovery page compares. */
export interface KeadaanBasisData {
  /** Made when the database was first opened by this app version or later; absent in a new (or recreated) one. */
  readonly identitas: string | undefined;
  /** The device id that stamped this database's records, mirrored from settings. */
  readonly deviceId: string | undefined;
  /** Live records per table, from the write path's counters (no table walk). */
  readonly jumlah: Readonly<Record<SyncedTable, number>>;
  /** The newest change clock in the journal ('' when empty). */
  readonly jamTerbaru: string;
}

export async function bacaKeadaan(db: KopLindungDb): Promise<KeadaanBasisData> {
  return db.transaction('r', [db.meta, db.journal], async () => {
    const [identitas, deviceId, ...counters] = await db.meta.bulkGet([IDENTITAS, DEVICE_ID, ...syncedTables.map(counterKey)]);
    const last = await db.journal.orderBy(':id').last();
    return {
      identitas: typeof identitas?.value === 'string' ? identitas.value : undefined,
      deviceId: typeof deviceId?.value === 'string' ? deviceId.value : undefined,
      jumlah: Object.fromEntries(syncedTables.map((t, i) => [t, Number(counters[i]?.value ?? 0)])) as Record<SyncedTable, number>,
      jamTerbaru: last?.hlc ?? '',
    };
  });
}

/** Gives the database its identity (once: the start after it was created, or after a restore into a new one). */
export async function tetapkanIdentitas(db: KopLindungDb, identitas: string): Promise<void> {
  await db.meta.bulkPut([
    { key: IDENTITAS, value: identitas },
    { key: RANTAI_CADANGAN, value: crypto.randomUUID() },
  ]);
}

/**
 * The identity and backup generation a snapshot is taken from, read from any handle on the database (the app's,
 * or a plain Dexie one on a database not yet upgraded): '' for either when absent.
 */
export async function bacaAsalCadangan(db: Dexie): Promise<{ identitas: string; rantai: string }> {
  const [identitas, rantai] = (await db.table('meta').bulkGet([IDENTITAS, RANTAI_CADANGAN])) as ({ value?: unknown } | undefined)[];
  return {
    identitas: typeof identitas?.value === 'string' ? identitas.value : '',
    rantai: typeof rantai?.value === 'string' ? rantai.value : '',
  };
}

/** Mirrors the settings' device id into the database, where a lost settings file can find it again. */
export async function cerminkanDeviceId(db: KopLindungDb, deviceId: string): Promise<void> {
  await db.meta.put({ key: DEVICE_ID, value: deviceId });
}
