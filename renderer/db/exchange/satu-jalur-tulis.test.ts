import { describe, expect, it } from 'vitest';
import { emptyAnggota } from '../../../shared/anggota/anggota-schema';
import { emptyPeran } from '../../../shared/anggota/peran-schema';
import { emptyKegiatan } from '../../../shared/kegiatan/kegiatan-schema';
import { emptyKepesertaan } from '../../../shared/kepesertaan/kepesertaan-schema';
import { emptyKoperasi } from '../../../shared/koperasi/koperasi-schema';
import { emptyKeikutsertaan } from '../../../shared/program/keikutsertaan-schema';
import { emptyPerjanjian } from '../../../shared/program/perjanjian-schema';
import { emptyProgram } from '../../../shared/program/program-schema';
import { emptyTarget } from '../../../shared/program/target-schema';
import { syncedTables } from '../../../shared/records/synced-tables';
import { exportFrom, importInto, openDevice, type TestDevice } from '../../test-support/test-devices';
import { jumlahAntrianKecamatan } from '../../test-support/jumlah-antrian-kecamatan';

/**
 * The merge stores records through its own bulk code (one transaction for a whole file), not through
 * `WritePath`. This proves the two are one write path in effect: for the same changes, a laptop that made them
 * through the write path and a laptop that received them in a file hold the same stored records with the same
 * derived index fields, the same record counters and the same per-cooperative achievement summaries, and a journal
 * entry for every record either side wrote. What differs is by design and asserted: the merge stamps `changedAt`
 * with the import's clock and journals `merge` (who imported, which fields changed) instead of the original op.
 */

/** Every stored row of every synced table, keyed by table and id, without the one field an import re-stamps. */
async function stored(d: TestDevice) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const table of syncedTables) {
    for (const row of (await d.db.table(table).toArray()) as Record<string, unknown>[]) {
      const { changedAt: _changedAt, ...rest } = row;
      out[`${table}/${String(row.id)}`] = rest;
    }
  }
  return out;
}

/** The counters (`jumlah:*`) and the achievement summaries (`ringkasan:*`) the write path keeps in `meta`. */
async function kept(d: TestDevice) {
  const rows = await d.db.meta.toArray();
  return Object.fromEntries(
    rows
      .filter((r) => r.key.startsWith('jumlah:') || r.key.startsWith('ringkasan:'))
      .filter((r) => r.value !== 0)
      .map((r) => [r.key, r.value]),
  );
}

async function journalled(d: TestDevice) {
  return new Set((await d.db.journal.toArray()).map((e) => `${e.table}/${e.recordId}`));
}

/** A laptop's day: one of every synced record, edited, one deleted, one enrollment terdaftar (a summary changes). */
async function aDayOfWork(a: TestDevice) {
  const w = a.writes;
  const kop = await w.create('koperasi', { ...emptyKoperasi(), nama: 'KSP Sejahtera Bersama', jenis: 'simpan_pinjam', kecamatanKode: '36.74.01' });
  const other = await w.create('koperasi', { ...emptyKoperasi(), nama: 'KUD Mina Lestari' });
  const siti = await w.create('anggota', { ...emptyAnggota(), nama: 'Siti Rahmawati', nik: '3674064509950003', tanggalLahir: '1995-09-05', jenisKelamin: 'P' });
  const joko = await w.create('anggota', { ...emptyAnggota(), nama: 'Joko Susilo' });
  await w.create('peran', { ...emptyPeran(siti.id, kop.id), peran: 'karyawan', jabatan: 'Kasir' });
  const ikut = await w.create('kepesertaan', { ...emptyKepesertaan(siti.id, kop.id), upah: 3_000_000, status: 'diajukan', statusSejak: '2026-11-18' });
  await w.update('kepesertaan', ikut.id, { status: 'terdaftar', statusSejak: '2026-11-20', kpj: '25012345678' });
  await w.create('kegiatan', { ...emptyKegiatan(), judul: 'Sosialisasi BPJS', tanggal: '2026-11-21' });
  const pj = await w.create('perjanjian', { ...emptyPerjanjian(), judul: 'MoU BPJS Ketenagakerjaan' });
  const pr = await w.create('program', { ...emptyProgram(), nama: 'Kepesertaan karyawan KSP', perjanjianIds: [pj.id] });
  await w.create('target', { ...emptyTarget(pr.id, 2026), jumlah: 98 });
  await w.create('keikutsertaan', { ...emptyKeikutsertaan(pr.id, kop.id), tanggalBergabung: '2026-03-02' });
  await w.update('koperasi', kop.id, { npp: '12345678' });
  await w.remove('koperasi', other.id);
  await w.update('anggota', joko.id, { telepon: '081234567890' });
  return { kop, siti, joko };
}

describe('the merge and the write path store the same', () => {
  it('a whole file into an empty laptop: records, index fields, counters and summaries as the laptop that wrote them', async () => {
    const a = await openDevice('laptop-a');
    const b = await openDevice('laptop-b');
    await aDayOfWork(a);
    await importInto(b, await exportFrom(a));

    expect(await stored(b)).toEqual(await stored(a));
    expect(await kept(b)).toEqual(await kept(a));
    expect(Object.keys(await kept(a)).some((k) => k.startsWith('ringkasan:'))).toBe(true);
    expect(await journalled(b)).toEqual(await journalled(a));
    const merges = await b.db.journal.toArray();
    expect(new Set(merges.map((e) => e.op))).toEqual(new Set(['merge']));
    expect(merges.every((e) => e.deviceId === 'laptop-b')).toBe(true);
  });

  it('changes afterwards, received as a changes-only file: the same again, and the changed fields journalled', async () => {
    const a = await openDevice('laptop-a');
    const b = await openDevice('laptop-b');
    const { kop, siti, joko } = await aDayOfWork(a);
    await importInto(b, await exportFrom(a));
    const since = (await a.db.journal.toArray()).at(-1)!.hlc;

    a.advance(60_000);
    await a.writes.update('koperasi', kop.id, { nama: 'KSP Sejahtera Bersama Karawang', kecamatanKode: '36.74.02' });
    // Renamed: her role carries her new sort name on both laptops (orang-peran.ts).
    await a.writes.update('anggota', siti.id, { telepon: '081300001111', nama: 'Siti Aminah' });
    await a.writes.remove('anggota', joko.id);
    await importInto(b, await exportFrom(a, since));

    expect(await stored(b)).toEqual(await stored(a));
    expect((await b.db.peran.where('anggotaId').equals(siti.id).first())?.orangRoster).toEqual(['siti aminah', 'P']);
    expect(await kept(b)).toEqual(await kept(a));
    // The follow-up counters per kecamatan moved with the cooperative on both, so each still equals its range.
    for (const d of [a, b]) {
      const { tersimpan, dihitung } = await jumlahAntrianKecamatan(d.db);
      expect(tersimpan, d.deviceId).toEqual({ '36.74.02:terdaftar': 1 });
      expect(dihitung, d.deviceId).toEqual(tersimpan);
    }
    const renamed = (await b.db.journal.toArray()).filter((e) => e.recordId === kop.id && e.op === 'merge').at(-1)!;
    expect(renamed.changes).toMatchObject({ nama: 'KSP Sejahtera Bersama Karawang', kecamatanKode: '36.74.02' });
  });
});
