import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../shared/anggota/anggota-schema';
import { emptyKoperasi } from '../../shared/koperasi/koperasi-schema';
import { openDevice, snapshotOf } from '../test-support/test-devices';
import { BundleError } from './bundle-error';
import { createExchangeWorkerApi } from './exchange-worker-api';
import { buildHostileCorpus } from '../test-support/hostile-corpus';

const manifest = (deviceId: string) => ({
  appVersion: '0.1.0',
  kantor: { kode: '32.04', nama: 'Dinas Koperasi Uji' },
  deviceId,
  petugas: 'Rina',
  nomorEkspor: 1,
  dibuat: '2026-11-21T08:00:00.000Z',
  tujuan: 'Kantor Dinas',
});

describe('exchange worker api', () => {
  it('exports an encrypted bundle, previews it without writing, and applies it with the import log', async () => {
    const a = await openDevice('laptop-a', Date.now() - 60_000);
    await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Siti Aminah', nik: '3674011203900001' });
    const exported = await createExchangeWorkerApi(async () => a.db).export({
      jenis: 'semua',
      sejak: '',
      manifest: manifest('laptop-a'),
      passphrase: 'sandi rahasia kantor',
      iterations: 1000,
    });
    expect(exported.jumlah).toMatchObject({ koperasi: 1, anggota: 1, peran: 0 });

    const office = await openDevice('kantor-dinas', Date.now());
    const api = createExchangeWorkerApi(async () => office.db);
    await expect(api.preview(exported.bytes, 'a.kopl', 'salah sandi')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const preview = await api.preview(exported.bytes, 'a.kopl', 'sandi rahasia kantor');
    expect(preview.counts).toMatchObject({ baru: 2, sama: 0 });
    expect(preview.sudahPernah).toBeUndefined();
    expect(await office.db.koperasi.count()).toBe(0);
    const log = await api.apply({
      importHlc: office.writes.stampImport(preview.newest),
      deviceId: office.deviceId,
      petugas: 'Dewi',
      waktu: '2026-11-21T09:00:00.000Z',
    });
    expect(log).toMatchObject({ deviceId: 'laptop-a', nomorEkspor: 1, petugasPengirim: 'Rina', jumlahBerkas: { koperasi: 1, anggota: 1 }, hasil: { baru: 2 } });
    expect(await office.repos.anggota.count()).toBe(1);
    expect((await api.preview(exported.bytes, 'a.kopl', 'sandi rahasia kantor')).sudahPernah?.id).toBe(log.id);
  });

  // The whole corpus through preview and apply: some 80 files, each with its own key derivation; slow on a busy machine.
  it('refuses every broken or hostile file of the corpus with its reason, and writes nothing', async () => {
    const office = await openDevice('kantor-dinas');
    await office.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Lama' });
    const before = await snapshotOf(office);
    const journal = await office.db.journal.count();
    const api = createExchangeWorkerApi(async () => office.db);
    for (const c of await buildHostileCorpus()) {
      const refused = await api.preview(c.bytes, `${c.name}.kopl`, c.passphrase).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(refused, c.name).toBeInstanceOf(BundleError);
      expect((refused as BundleError).code, c.name).toBe(c.code);
      await expect(api.apply({ importHlc: '', deviceId: 'x', petugas: '', waktu: '' }), c.name).rejects.toThrow();
    }
    expect(await snapshotOf(office)).toEqual(before);
    expect(await office.db.journal.count()).toBe(journal);
    expect(await office.db.impor.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);
});
