import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../shared/anggota/anggota-schema';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { KopLindungDb } from '../db/database';
import { openDevice } from '../test-support/test-devices';
import { tetapkanIdentitas } from '../db/keadaan-basis-data';
import { schemaVersions } from '../db/schema-versions';
import { createExchangeWorkerApi } from '../exchange/exchange-worker-api';
import { perluCadanganSebelumPembaruan } from './cadangan-sebelum-pembaruan';

const manifest = {
  appVersion: '0.1.0',
  kantor: { kode: '32.04', nama: 'Dinas Koperasi Uji' },
  deviceId: 'laptop-a',
  petugas: 'Rina',
  nomorEkspor: 7,
  dibuat: '2026-11-21T08:00:00.000Z',
  tujuan: 'Cadangan otomatis',
};

describe('the backup before a schema upgrade', () => {
  it('reads a database left at an older schema without upgrading it, as a backup this app restores', async () => {
    // Records as the previous app version stored them: made here, then put into a database at schema 5.
    const source = await openDevice('laptop-a', Date.now() - 60_000);
    await source.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    await source.repos.anggota.create({ ...emptyAnggota(), nama: 'Siti Aminah', nik: '3674011203900001' });
    const name = `lama-${Date.now()}`;
    const old = new KopLindungDb(name, 5);
    await old.open();
    await old.koperasi.bulkPut(await source.db.koperasi.toArray());
    await old.anggota.bulkPut(await source.db.anggota.toArray());
    await tetapkanIdentitas(old, 'db-lama');
    old.close();

    expect(await perluCadanganSebelumPembaruan(name)).toBe(true);
    const worker = createExchangeWorkerApi(() => Promise.reject(new Error('the upgraded database is not opened')));
    const backup = await worker.createCadanganBeforePembaruan(name, { passphrase: 'kunci-os', manifest, iterations: 1000 });
    expect(backup).toMatchObject({ jenis: 'semua', identitas: 'db-lama', jumlah: { koperasi: 1, anggota: 1, perjanjian: 0 } });
    expect(backup.manifest.schemaVersion).toBe(5);

    // Still at schema 5: the backup opened nothing for writing.
    const after = new Dexie(name);
    await after.open();
    expect(after.verno).toBe(5);
    after.close();

    const b = await openDevice('laptop-a', Date.now());
    const restore = createExchangeWorkerApi(async () => b.db);
    const preview = await restore.previewRestore([{ berkas: 'c.kopl', bytes: backup.bytes }], 'kunci-os');
    await restore.restore({ importHlc: b.writes.stampImport(preview.newest), deviceId: 'laptop-a', petugas: 'Rina' });
    expect((await b.db.koperasi.toArray()).map((k) => k.nama)).toEqual(['Koperasi Maju Bersama']);
    expect(await b.repos.anggota.count()).toBe(1);
  });

  it('is not needed for a database at this app’s schema, nor for one that does not exist', async () => {
    const current = new KopLindungDb(`kini-${Date.now()}`);
    await current.open();
    current.close();
    expect(await perluCadanganSebelumPembaruan(current.name)).toBe(false);
    expect(await perluCadanganSebelumPembaruan('tidak-ada')).toBe(false);
    expect(schemaVersions.at(-1)!.version).toBeGreaterThan(5);
  });
});
