import type { BundleContents } from '../../shared/exchange/bundle-contents';
import { newestClock } from '../../shared/exchange/newest-clock';
import { syncedTables } from '../../shared/records/synced-tables';
import type { ImportCounts } from '../db/import-counts';
import { createRepositories } from '../db/repositories';
import { openTestDb } from './test-db';
import { collectBundle, toExchangeRecord } from '../db/exchange/collect-bundle';
import { mergeBundle } from '../db/exchange/merge-bundle';

/** A laptop for merge tests: its own database, clock and repositories (fake-indexeddb). */
export async function openDevice(deviceId: string, startMs = Date.parse('2026-11-21T08:00:00.000Z')) {
  const t = await openTestDb(deviceId, startMs);
  return { ...t, deviceId, repos: createRepositories(t.db, t.writes) };
}
export type TestDevice = Awaited<ReturnType<typeof openDevice>>;

/** What a bundle from this laptop would carry (through JSON, as a file would). */
export async function exportFrom(device: TestDevice, sejak = ''): Promise<BundleContents> {
  const contents = await collectBundle(device.db, {
    jenis: sejak ? 'perubahan' : 'semua',
    sejak,
    manifest: {
      appVersion: '0.1.0',
      kantor: { kode: '32.04', nama: 'Dinas Uji' },
      deviceId: device.deviceId,
      petugas: 'Uji',
      nomorEkspor: 1,
      dibuat: '2026-11-21T08:00:00.000Z',
      tujuan: 'Kantor Dinas',
    },
  });
  return JSON.parse(JSON.stringify(contents)) as BundleContents;
}

/**
 * Imports as the app does: fold in the file's newest clock, stamp the import, merge in one transaction. `batchSize`
 * (tests only) makes the merge slice a table of more records than that, as it slices a district's.
 */
export async function importInto(device: TestDevice, contents: BundleContents, batchSize?: number): Promise<ImportCounts> {
  device.advance(1);
  device.clock.receive(newestClock(contents));
  return mergeBundle(device.db, contents, { apply: true, importHlc: device.clock.next(), deviceId: device.deviceId, ...(batchSize ? { batchSize } : {}) });
}

/** The database's content as merging defines it: every record's fields and clocks, the conflict list, the aliases. */
export async function snapshotOf(device: TestDevice) {
  const tables: Record<string, unknown[]> = {};
  for (const table of syncedTables) {
    const rows = await device.db.table(table).toArray();
    tables[table] = rows.map((r) => toExchangeRecord(table, r)).sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  const konflik = (await device.db.konflik.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const alias = (await device.db.alias.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  return { tables, konflik, alias };
}
