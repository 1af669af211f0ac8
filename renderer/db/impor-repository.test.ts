import { describe, expect, it } from 'vitest';
import type { ImporLog } from './impor-log';
import { ImporRepository } from './impor-repository';
import { openTestDb } from '../test-support/test-db';

const log = (id: string, waktu: string, deviceId = 'laptop-a', nomorEkspor = 1): ImporLog => ({
  id,
  waktu,
  namaBerkas: `KopLindung ${nomorEkspor}.kopl`,
  deviceId,
  nomorEkspor,
  kantor: 'Dinas Uji',
  petugasPengirim: 'Siti',
  petugas: 'Budi',
  jenis: 'semua',
  dibuat: waktu,
  jumlahBerkas: { koperasi: 1 },
  hasil: { baru: 1, diperbarui: 0, sama: 0, konflik: 0, digabung: 0, perTabel: { koperasi: { baru: 1, diperbarui: 0, sama: 0, konflik: 0 } } },
});

describe('ImporRepository', () => {
  it('lists imports newest first, up to a limit', async () => {
    const { db } = await openTestDb();
    await db.impor.bulkAdd([
      log('a', '2026-11-20T08:00:00.000Z'),
      log('c', '2026-11-22T08:00:00.000Z', 'laptop-a', 3),
      log('b', '2026-11-21T08:00:00.000Z', 'laptop-a', 2),
    ]);
    const repo = new ImporRepository(db);
    expect((await repo.listRecent()).map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect((await repo.listRecent(2)).map((r) => r.id)).toEqual(['c', 'b']);
  });

  it('finds the earlier import of the same bundle by its sending laptop and export number', async () => {
    const { db } = await openTestDb();
    await db.impor.bulkAdd([log('a', '2026-11-20T08:00:00.000Z', 'laptop-a', 1), log('b', '2026-11-21T08:00:00.000Z', 'laptop-b', 1)]);
    const repo = new ImporRepository(db);
    expect((await repo.findBundleImport('laptop-b', 1))?.id).toBe('b');
    expect(await repo.findBundleImport('laptop-a', 2)).toBeUndefined();
  });
});
