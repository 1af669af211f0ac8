import { describe, expect, it } from 'vitest';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { KoperasiRepository } from './koperasi-repository';
import { openTestDb } from '../test-support/test-db';
import { WritePath } from './write-path';

describe('who the change history names', () => {
  it('records the officer on duty in each journal entry, as they are at each change', async () => {
    const { db, clock } = await openTestDb('ed2fd6d4-0000-4000-8000-000000000001');
    let petugas = 'Siti Nurhaliza';
    const writes = new WritePath(db, clock, () => petugas);
    const k = await writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    petugas = 'Budi Santoso';
    await writes.update('koperasi', k.id, { telepon: '081234567890' });
    petugas = '';
    await writes.update('koperasi', k.id, { telepon: '081234567891' });
    const entries = await db.journal.where('[table+recordId]').equals(['koperasi', k.id]).toArray();
    expect(entries.map((e) => e.petugas)).toEqual(['Siti Nurhaliza', 'Budi Santoso', undefined]);
  });

  it('names the officer, else the device readably (with its known officer from imports), never a bare id', async () => {
    const { db, clock } = await openTestDb('ed2fd6d4-0000-4000-8000-000000000001');
    const old = new WritePath(db, clock); // a change recorded before officers were
    const k = await old.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    const repo = new KoperasiRepository(db, new WritePath(db, clock, () => 'Siti Nurhaliza'));
    await repo.update(k.id, { telepon: '081234567890' });
    // An entry another laptop's device id wrote, whose files came from Dewi.
    await db.journal.add({
      table: 'koperasi',
      recordId: k.id,
      hlc: '2026-11-21T09:00:00.000Z-0000-a1b2c3d4',
      deviceId: 'a1b2c3d4-ffff',
      op: 'update',
      changes: {},
    });
    await db.meta.put({ key: 'perangkat:a1b2c3d4-ffff', value: { petugas: 'Dewi Lestari', kantor: 'Dinas' } });
    const history = await repo.getHistory(k.id);
    expect(history.map((h) => h.pengubah)).toEqual([
      { perangkat: 'a1b2c3d4', petugasPerangkat: 'Dewi Lestari' },
      { petugas: 'Siti Nurhaliza' },
      { perangkat: 'ed2fd6d4' },
    ]);
  });
});
