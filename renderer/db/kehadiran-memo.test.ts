import { describe, expect, it } from 'vitest';
import { openTestDb } from '../test-support/test-db';
import { KehadiranMemo } from './kehadiran-memo';
import type { KehadiranRecord } from './synced-records';

const checkIn = (over: Partial<KehadiranRecord> & Pick<KehadiranRecord, 'id' | 'anggotaId' | 'changedAt'>): KehadiranRecord =>
  ({
    kegiatanId: 'keg-1',
    koperasiId: 'kop-1',
    waktu: '2026-11-21T02:00:00.000Z',
    petugas: 'A',
    walkIn: false,
    inginMendaftar: false,
    kepesertaanId: '',
    createdAt: over.changedAt,
    deviceId: 'device-test',
    deleted: 0,
    fieldClocks: {},
    fieldBasis: {},
    ...over,
  }) as KehadiranRecord;

async function firstIds(memo: KehadiranMemo, kegiatanId = 'keg-1') {
  return Object.fromEntries([...(await memo.firstByPerson(kegiatanId))].map(([anggotaId, h]) => [anggotaId, h.id]));
}

describe('KehadiranMemo', () => {
  it('folds in what was stamped since, and a check-in another laptop made earlier wins', async () => {
    const { db } = await openTestDb();
    const memo = new KehadiranMemo(db);
    await db.kehadiran.bulkAdd([
      checkIn({ id: 'h1', anggotaId: 'a1', changedAt: '0001' }),
      checkIn({ id: 'lain', anggotaId: 'a2', kegiatanId: 'keg-2', changedAt: '0002' }),
    ]);
    expect(await firstIds(memo)).toEqual({ a1: 'h1' });
    await db.kehadiran.add(checkIn({ id: 'h2', anggotaId: 'a2', changedAt: '0003' }));
    // A merged check-in of a1 made earlier on another laptop: stamped now, but its waktu is older.
    await db.kehadiran.add(checkIn({ id: 'h0', anggotaId: 'a1', waktu: '2026-11-21T01:00:00.000Z', changedAt: '0004' }));
    expect(await firstIds(memo)).toEqual({ a1: 'h0', a2: 'h2' });
    await db.kehadiran.put(checkIn({ id: 'h2', anggotaId: 'a2', changedAt: '0005', deleted: 1 }));
    expect(await firstIds(memo)).toEqual({ a1: 'h0' });
    expect(await firstIds(memo, 'keg-2')).toEqual({ a2: 'lain' });
  });

  it('reads the whole event again when the newest stamp went back (a restored backup)', async () => {
    const { db } = await openTestDb();
    const memo = new KehadiranMemo(db);
    await db.kehadiran.bulkAdd([checkIn({ id: 'h1', anggotaId: 'a1', changedAt: '0001' }), checkIn({ id: 'h2', anggotaId: 'a2', changedAt: '0009' })]);
    expect(await firstIds(memo)).toEqual({ a1: 'h1', a2: 'h2' });
    await db.kehadiran.clear();
    await db.kehadiran.add(checkIn({ id: 'h3', anggotaId: 'a3', changedAt: '0002' }));
    expect(await firstIds(memo)).toEqual({ a3: 'h3' });
  });
});
