import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../../shared/anggota/anggota-schema';
import { RantaiCadanganError } from '../../../shared/cadangan/rantai-cadangan';
import { emptyKoperasi } from '../../../shared/koperasi/koperasi-schema';
import { createExchangeWorkerApi, type CadangkanResult } from '../../exchange/exchange-worker-api';
import { tetapkanIdentitas } from '../keadaan-basis-data';
import { openDevice, snapshotOf, type TestDevice } from '../../test-support/test-devices';

const manifest = {
  appVersion: '0.1.0',
  kantor: { kode: '32.04', nama: 'Dinas Koperasi Uji' },
  deviceId: 'laptop-a',
  petugas: 'Rina',
  nomorEkspor: 7,
  dibuat: '2026-11-21T08:00:00.000Z',
  tujuan: 'Cadangan otomatis',
};
const KUNCI = 'kunci-os';

/** A laptop that takes backups as the app does: each continues the previous one when asked. */
async function laptop() {
  const a = await openDevice('laptop-a', Date.now() - 600_000);
  await tetapkanIdentitas(a.db, 'db-1');
  const worker = createExchangeWorkerApi(async () => a.db);
  const taken: { berkas: string; result: CadangkanResult }[] = [];
  const cadangkan = async (lanjut: boolean) => {
    const previous = taken.at(-1)?.result;
    const result = await worker.createCadangan({
      passphrase: KUNCI,
      manifest,
      iterations: 1000,
      dasar: lanjut && previous ? { sampai: previous.sampai, identitas: previous.identitas, rantai: previous.rantai } : undefined,
    });
    taken.push({ berkas: `c${taken.length}.kopl`, result });
    return result;
  };
  const links = (...indexes: number[]) => indexes.map((i) => ({ berkas: taken[i]!.berkas, bytes: taken[i]!.result.bytes }));
  return { a, worker, cadangkan, links, taken };
}

/** Restores a chain into a new laptop and returns its records as merging defines them. */
async function restoreInto(chain: { berkas: string; bytes: Uint8Array }[]): Promise<TestDevice> {
  const b = await openDevice('laptop-a', Date.now());
  const worker = createExchangeWorkerApi(async () => b.db);
  const preview = await worker.previewRestore(chain, KUNCI);
  await worker.restore({ importHlc: b.writes.stampImport(preview.newest), deviceId: 'laptop-a', petugas: 'Rina' });
  return b;
}

const namaKoperasi = async (d: TestDevice) =>
  (await d.db.koperasi.toArray())
    .filter((k) => k.deleted === 0)
    .map((k) => k.nama)
    .sort();
const fieldsOf = async (d: TestDevice) => ((await snapshotOf(d)).tables.koperasi as { nama: string; deleted: number }[]).map((k) => [k.nama, k.deleted]);

describe('changes-only backups and their chain', () => {
  it('takes only what changed since the previous backup, and a chain restores to the state of any of its links', async () => {
    const { a, cadangkan, links } = await laptop();
    const maju = await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    const tani = await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'KUD Sumber Tani' });
    await a.repos.anggota.create({ ...emptyAnggota(), nama: 'Siti Aminah', nik: '3674011203900001' });
    const full = await cadangkan(true);
    expect(full.jenis).toBe('semua');
    const afterFull = await fieldsOf(a);

    await a.writes.update('koperasi', maju.id, { nama: 'Koperasi Maju Jaya' });
    await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Baru' });
    const d1 = await cadangkan(true);
    expect(d1).toMatchObject({ jenis: 'perubahan', jumlah: { koperasi: 2, anggota: 0 } });
    expect(d1.manifest.sejak).toBe(full.sampai);
    const afterD1 = await fieldsOf(a);

    await a.writes.remove('koperasi', tani.id);
    const d2 = await cadangkan(true);
    expect(d2.jumlah).toMatchObject({ koperasi: 1 });
    const nothing = await cadangkan(true);
    expect(nothing).toMatchObject({ jenis: 'perubahan', sampai: d2.sampai });
    expect(Object.entries(nothing.jumlah).filter(([section, n]) => section !== 'alias' && n > 0)).toEqual([]);

    expect(await fieldsOf(await restoreInto(links(0)))).toEqual(afterFull);
    expect(await fieldsOf(await restoreInto(links(0, 1)))).toEqual(afterD1);
    const whole = await restoreInto(links(0, 1, 2, 3));
    expect((await snapshotOf(whole)).tables).toEqual((await snapshotOf(a)).tables);
    expect(await namaKoperasi(whole)).toEqual(['Koperasi Baru', 'Koperasi Maju Jaya']);
    expect(await whole.repos.anggota.count()).toBe(1);
  });

  it('refuses a chain with a missing or foreign link, naming the file, and changes nothing', async () => {
    const { a, cadangkan, links } = await laptop();
    await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    await cadangkan(true);
    await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'KUD Sumber Tani' });
    await cadangkan(true);
    await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Baru' });
    await cadangkan(true);
    const b = await openDevice('laptop-a', Date.now());
    await b.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi di laptop B' });
    const restoreB = createExchangeWorkerApi(async () => b.db);
    // The middle link is gone: the last one does not start where the full one ended.
    await expect(restoreB.previewRestore(links(0, 2), KUNCI)).rejects.toMatchObject({ masalah: 'tidak-bersambung', berkas: 'c2.kopl' });
    // No full snapshot to start from.
    await expect(restoreB.previewRestore(links(1, 2), KUNCI)).rejects.toBeInstanceOf(RantaiCadanganError);
    await expect(restoreB.restore({ importHlc: b.writes.stampImport(''), deviceId: 'laptop-a', petugas: '' })).rejects.toThrow();
    expect(await namaKoperasi(b)).toEqual(['Koperasi di laptop B']);
    // A link of another chain (another laptop's backup) does not continue this one either.
    const other = await laptop();
    await other.a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Lain' });
    await other.cadangkan(true);
    await other.a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Lain 2' });
    await other.cadangkan(true);
    await expect(restoreB.previewRestore([...links(0), ...other.links(1)], KUNCI)).rejects.toMatchObject({ masalah: 'tidak-bersambung' });
  });

  it('takes a full snapshot after a restore, and when the database is not the one the chain was taken from', async () => {
    const { a, cadangkan, links, worker } = await laptop();
    await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    await cadangkan(true);
    await a.writes.create('koperasi', { ...emptyKoperasi(), nama: 'KUD Sumber Tani' });
    expect((await cadangkan(true)).jenis).toBe('perubahan');
    const preview = await worker.previewRestore(links(0), KUNCI);
    await worker.restore({ importHlc: a.writes.stampImport(preview.newest), deviceId: 'laptop-a', petugas: 'Rina' });
    const afterRestore = await cadangkan(true);
    expect(afterRestore.jenis).toBe('semua');
    expect(afterRestore.jumlah.koperasi).toBe(1);
    expect((await cadangkan(true)).jenis).toBe('perubahan');
    await tetapkanIdentitas(a.db, 'db-baru');
    expect((await cadangkan(true)).jenis).toBe('semua');
  });
});
