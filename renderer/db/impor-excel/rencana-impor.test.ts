import { describe, expect, it } from 'vitest';
import { emptyKepesertaan } from '../../../shared/kepesertaan/kepesertaan-schema';
import { bersihkanBaris } from '../../../shared/impor-excel/bersihkan-baris';
import type { JenisImpor } from '../../../shared/impor-excel/kolom-impor';
import { sarankanPemetaan } from '../../../shared/impor-excel/kolom-impor';
import type { SelMentah } from '../../../shared/impor-excel/masalah-sel';
import { openTestDb } from '../../test-support/test-db';
import { rencanaHasilBpjs } from './rencana-hasil-bpjs';
import { rencanaKoperasi } from './rencana-koperasi';
import { rencanaOrang } from './rencana-orang';
import { terapkanImpor, ImporStaleError, ImporHasInvalidRowsError } from './terapkan-impor';

const wilayah = {
  kode: '36.74',
  nama: 'Kota Tangerang Selatan',
  kecamatan: [{ kode: '36.74.01', nama: 'Serpong', kelurahan: [{ kode: '36.74.01.1001', nama: 'Buaran' }] }],
};

function bersih(jenis: JenisImpor, judul: string[], rows: SelMentah[][], namaLembar = '') {
  const pemetaan = sarankanPemetaan(jenis, judul);
  return rows.map((r, i) => bersihkanBaris(r, i + 2, { jenis, pemetaan, wilayah, hariIni: '2026-12-06', namaLembar }, judul));
}
const judulField = (f: string) => f;

describe('spreadsheet import: plan and apply', () => {
  it('cooperatives: new, then the same file again changes nothing; matches by number, then name and kecamatan', async () => {
    const { db, writes } = await openTestDb();
    const judul = ['Nama Koperasi', 'No. BH', 'Kec.', 'Desa/Kel.', 'NPWP'];
    const rows = bersih('koperasi', judul, [
      ['Koperasi Maju Bersama', '518/12/BH/2001', 'Kec. Serpong', 'Buaran', '012345678901000'],
      ['KSP Sejahtera', '', 'SERPONG', '', ''],
      ['Ko', '', '', '', ''],
      ['KSP Sejahtera', '', 'Serpong', '', ''],
    ]);
    const r1 = await rencanaKoperasi(db, rows, judulField);
    expect(r1.jumlah).toEqual({ baru: 2, diperbarui: 0, sama: 0, galat: 2 });
    expect(r1.baris[3]!.masalah.at(-1)).toMatchObject({ kode: 'gandaDalamBerkas', nilai: '3' });
    await expect(terapkanImpor(db, writes, r1, { semuaAtauTidak: true })).rejects.toBeInstanceOf(ImporHasInvalidRowsError);
    expect(await db.koperasi.count()).toBe(0);
    expect(await terapkanImpor(db, writes, r1, { semuaAtauTidak: false })).toBe(2);
    const maju = (await db.koperasi.toArray()).find((k) => k.nama === 'Koperasi Maju Bersama')!;
    expect(maju).toMatchObject({ kecamatanKode: '36.74.01', kelurahanKode: '36.74.01.1001', npwp: '0012345678901000' });
    expect(await db.journal.where('[table+recordId]').equals(['koperasi', maju.id]).count()).toBe(1);

    const r2 = await rencanaKoperasi(db, rows, judulField);
    expect(r2.jumlah).toEqual({ baru: 0, diperbarui: 0, sama: 2, galat: 2 });
    const r3 = await rencanaKoperasi(
      db,
      bersih(
        'koperasi',
        ['No. BH', 'Nama Koperasi', 'No HP'],
        [
          ['518/12/BH/2001', 'Koperasi Maju Bersama', '081234567890'],
          ['', 'KSP Sejahtra', ''],
        ],
      ),
      judulField,
    );
    expect(r3.baris[0]).toMatchObject({ status: 'diperbarui', diubah: ['telepon'] });
    expect(r3.baris[1]!.status).toBe('baru');
  });

  it('people with roles, then the BPJS list moves a submitted enrollment to terdaftar', async () => {
    const { db, writes } = await openTestDb();
    const kop = await writes.create('koperasi', {
      ...(await import('../../../shared/koperasi/koperasi-schema')).emptyKoperasi(),
      nama: 'Koperasi Maju Bersama',
    });
    const judul = ['Nama Lengkap', 'NIK', 'Tgl Lahir', 'L/P', 'Jabatan', 'Nama Koperasi'];
    const rows = bersih('orang', judul, [
      ['Siti Aminah', '3674015506850002', '15-06-1985', 'P', 'Ketua', 'Koperasi Maju Bersama'],
      ['Ahmad Fauzi', 3674011203900000, '', 'L', '', 'Koperasi Maju Bersama'],
      ['Dewi Lestari', '', '1 Juli 1992', 'Perempuan', 'Kasir', 'koperasi maju  bersama'],
      ['Budi', '', '', '', '', 'Koperasi Entah'],
    ]);
    const r1 = await rencanaOrang(db, rows, judulField);
    expect(r1.baris.map((b) => b.status)).toEqual(['baru', 'galat', 'baru', 'galat']);
    expect(r1.baris[1]!.masalah[0]).toMatchObject({ kode: 'nikAngka' });
    expect(r1.baris[3]!.masalah[0]).toMatchObject({ kode: 'koperasiTidakDikenal' });
    await terapkanImpor(db, writes, r1, { semuaAtauTidak: false });
    const peran = await db.peran.toArray();
    expect(peran.map((p) => [p.peran, p.jabatan]).sort()).toEqual([
      ['karyawan', 'Kasir'],
      ['pengurus', 'Ketua'],
    ]);
    expect((await rencanaOrang(db, rows, judulField)).jumlah).toEqual({ baru: 0, diperbarui: 0, sama: 2, galat: 2 });

    const siti = (await db.anggota.where('nikSemua').equals('3674015506850002').first())!;
    const kp = await writes.create('kepesertaan', {
      ...emptyKepesertaan(siti.id, kop.id),
      upah: 3_000_000,
      status: 'diajukan',
      persetujuanVersi: 'v1',
      persetujuanOleh: 'Petugas',
      persetujuanWaktu: '2026-11-01T08:00:00.000Z',
    });
    const hasil = bersih(
      'hasilBpjs',
      ['NIK', 'Nama', 'No KPJ', 'Tgl Kepesertaan'],
      [
        ['3674015506850002', 'Siti Aminah', '12345678901', '01/12/2026'],
        ['3201024107920003', 'Orang Lain', '12345678902', ''],
      ],
    );
    const r3 = await rencanaHasilBpjs(db, hasil, judulField, '2026-12-06T08:00:00.000Z');
    expect(r3.baris.map((b) => b.status)).toEqual(['diperbarui', 'galat']);
    await terapkanImpor(db, writes, r3, { semuaAtauTidak: false });
    expect(await db.kepesertaan.get(kp.id)).toMatchObject({ status: 'terdaftar', kpj: '12345678901', tanggalEfektif: '2026-12-01' });
    expect((await rencanaHasilBpjs(db, hasil, judulField, '2026-12-06T09:00:00.000Z')).baris[0]!.status).toBe('sama');
  });

  it('refuses Terapkan, writing nothing, when records the preview read changed since; checked again it applies', async () => {
    const { db, writes } = await openTestDb();
    const { emptyKoperasi } = await import('../../../shared/koperasi/koperasi-schema');
    const kop = await writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Maju Bersama' });
    const judul = ['Nama Lengkap', 'NIK', 'Nama Koperasi'];
    const rows = bersih('orang', judul, [['Siti Aminah', '3674015506850002', 'Koperasi Maju Bersama']]);
    const r1 = await rencanaOrang(db, rows, judulField);
    expect(r1.baris[0]!.status).toBe('baru');
    // Between the preview and Terapkan a bundle brings the same person (same NIK) under another id.
    const { emptyAnggota } = await import('../../../shared/anggota/anggota-schema');
    await writes.create('anggota', { ...emptyAnggota(), nama: 'SITI AMINAH', nik: '3674015506850002' });
    const journal = await db.journal.count();
    const err = await terapkanImpor(db, writes, r1, { semuaAtauTidak: false, berkas: { namaBerkas: 'a.xlsx', lembar: ['Data'] } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImporStaleError);
    expect((err as ImporStaleError).berubah).toEqual({ anggota: 1 });
    expect([await db.anggota.count(), await db.peran.count(), await db.journal.count(), await db.impor.count()]).toEqual([1, 0, journal, 0]);

    const r2 = await rencanaOrang(db, rows, judulField);
    expect(r2.baris[0]).toMatchObject({ status: 'diperbarui', diubah: ['nama', 'peran'] });
    expect(
      await terapkanImpor(db, writes, r2, { semuaAtauTidak: false, berkas: { namaBerkas: 'a.xlsx', lembar: ['Data'] }, now: () => '2026-12-06T09:00:00.000Z' }),
    ).toBe(2);
    expect(await db.anggota.count()).toBe(1);
    expect((await db.peran.toArray()).map((p) => p.koperasiId)).toEqual([kop.id]);
    // The import is in the log Riwayat reads, beside bundles.
    expect(await db.impor.toArray()).toMatchObject([
      {
        berkas: 'xlsx',
        namaBerkas: 'a.xlsx',
        lembar: ['Data'],
        jenisImpor: 'orang',
        jumlahBaris: { baru: 0, diperbarui: 1, sama: 0, galat: 0 },
        ditulis: 2,
        waktu: '2026-12-06T09:00:00.000Z',
      },
    ]);
  });
});
