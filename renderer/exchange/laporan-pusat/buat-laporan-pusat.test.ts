import { describe, expect, it } from 'vitest';
import {
  appendRowsRequestSchema,
  beginWorkbookRequestSchema,
  MAX_ROWS_PER_CHUNK,
  type BarisKabel,
  type LembarKabel,
} from '../../../shared/ipc/workbook-stream';
import { emptyAnggota } from '../../../shared/anggota/anggota-schema';
import { emptyKegiatan } from '../../../shared/kegiatan/kegiatan-schema';
import { emptyKepesertaan } from '../../../shared/kepesertaan/kepesertaan-schema';
import { emptyKoperasi } from '../../../shared/koperasi/koperasi-schema';
import { kepala } from '../../../shared/test-support/contoh-data-laporan';
import { namaLembar } from '../../../shared/laporan-pusat/lembar';
import { emptyKeikutsertaan } from '../../../shared/program/keikutsertaan-schema';
import { emptyPerjanjian } from '../../../shared/program/perjanjian-schema';
import { emptyProgram } from '../../../shared/program/program-schema';
import { emptyTarget } from '../../../shared/program/target-schema';
import { openTestDb } from '../../test-support/test-db';
import { bacaDataLaporan } from '../../db/laporan-pusat/baca-data-laporan';
import { BARIS_PER_KIRIMAN, buatLaporanPusat, type MulaiLaporan, type ProgresLaporan, type TujuanLaporan } from './buat-laporan-pusat';

/** What main would be sent, kept: the frames, then every chunk with its sheet and whether it is bold. */
function tujuanUji(simpan = true) {
  const kiriman: { lembar: number; baris: BarisKabel[]; tebal: boolean }[] = [];
  let awal: MulaiLaporan | null = null;
  const tujuan: TujuanLaporan = {
    mulai: async (a) => {
      awal = a;
      return simpan;
    },
    tambah: async (lembar, baris, tebal) => void kiriman.push({ lembar, baris, tebal }),
  };
  const bingkai = (nama: string): LembarKabel => awal!.lembar.find((l) => l.nama === nama)!;
  /** A sheet as it would read back: header, then rows, dates as Dates. */
  const nilai = (nama: string) => {
    const i = awal!.lembar.findIndex((l) => l.nama === nama);
    const l = awal!.lembar[i]!;
    const rows = [...l.pembuka, l.kolom.map((k) => k.judul), ...kiriman.filter((k) => k.lembar === i).flatMap((k) => k.baris), ...l.penutup];
    return rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? new Date(c.tanggal) : c)));
  };
  return {
    tujuan,
    kiriman,
    bingkai,
    nilai,
    get awal() {
      return awal;
    },
  };
}

async function kantor() {
  const t = await openTestDb();
  const koperasi = await t.writes.create('koperasi', {
    ...emptyKoperasi(),
    nama: 'Koperasi Karyawan Maju Bersama',
    kecamatanKode: '36.74.01',
    kecamatanNama: 'Serpong',
    anggotaLaki: 12,
    anggotaPerempuan: 30,
  });
  const jahat = await t.writes.create('koperasi', { ...emptyKoperasi(), nama: '=HYPERLINK("http://contoh.invalid","klik")' });
  const siti = await t.writes.create('anggota', {
    ...emptyAnggota(),
    nama: 'Siti Aminah',
    nik: '3674015203900001',
    jenisKelamin: 'P',
    tanggalLahir: '1990-03-12',
  });
  const hapus = await t.writes.create('anggota', { ...emptyAnggota(), nama: 'Orang Dihapus', nik: '3674011203850009' });
  await t.writes.create('kepesertaan', { ...emptyKepesertaan(siti.id, koperasi.id), upah: 4_500_000, status: 'draf', statusSejak: '2026-11-20T02:00:00.000Z' });
  await t.writes.create('kepesertaan', { ...emptyKepesertaan(hapus.id, jahat.id), upah: 2_000_000, status: 'draf' });
  const kegiatan = await t.writes.create('kegiatan', {
    ...emptyKegiatan(),
    judul: 'Sosialisasi di Serpong',
    tanggal: '2026-11-14',
    tempat: 'Aula',
    status: 'selesai',
  });
  const checkIn = {
    kegiatanId: kegiatan.id,
    anggotaId: siti.id,
    koperasiId: koperasi.id,
    petugas: 'Rina',
    walkIn: false,
    inginMendaftar: false,
    kepesertaanId: '',
  };
  await t.writes.create('kehadiran', { ...checkIn, waktu: '2026-11-14T02:10:00.000Z' });
  await t.writes.create('kehadiran', { ...checkIn, waktu: '2026-11-14T02:05:00.000Z', inginMendaftar: true });
  await t.writes.remove('anggota', hapus.id);
  const pks = await t.writes.create('perjanjian', {
    ...emptyPerjanjian(),
    judul: 'PKS Dinas dan BPJS Ketenagakerjaan',
    pihak: [{ nama: 'BPJS', nomor: 'PKS/12/2026', penandatangan: '', jabatan: '' }],
  });
  const program = await t.writes.create('program', { ...emptyProgram(), nama: 'Kepesertaan koperasi', perjanjianIds: [pks.id], aturan: 'keikutsertaan' });
  await t.writes.create('target', { ...emptyTarget(program.id, 2026), nama: 'Semua koperasi 2026', jumlah: 4 });
  await t.writes.create('keikutsertaan', { ...emptyKeikutsertaan(program.id, koperasi.id), tanggalBergabung: '2026-05-01' });
  return t;
}

describe('buatLaporanPusat', () => {
  it('sends the six sheets from the database, masked, neutralised, values only, and counts rows for the log', async () => {
    const { db } = await kantor();
    const progres: ProgresLaporan[] = [];
    const uji = tujuanUji();
    const hasil = await buatLaporanPusat(db, kepala, uji.tujuan, (p) => progres.push(p));
    if (!hasil.tersimpan) throw new Error('not saved');
    expect(hasil.jumlah).toEqual({ Koperasi: 2, Peserta: 1, Kegiatan: 1, Kehadiran: 1, Capaian: 3, Target: 1 });
    expect(progres.map((p) => p.tahap)).toContain('susun');
    expect(progres.at(-1)).toEqual({ tahap: 'tulis', ditulis: 9, total: 9 });
    expect(progres.filter((p) => p.tahap === 'baca').map((p) => p.tabel)).toContain('anggota');

    expect(uji.awal?.lembar.map((l) => l.nama)).toEqual([...namaLembar]);
    expect(uji.awal?.judul).toBe(`Laporan Pusat ${kepala.kabupatenNama} ${kepala.tanggal}`);
    // The Target sheet: the program's target with the same figures as the program's page.
    expect(uji.nilai('Target')[1]?.filter((c, i) => [1, 2, 3, 7, 8, 9, 10].includes(i))).toEqual([
      'Kepesertaan koperasi',
      'PKS/12/2026',
      'Semua koperasi 2026',
      4,
      1,
      25,
      1,
    ]);
    const peserta = uji.nilai('Peserta');
    expect(peserta[0]?.slice(0, 3)).toEqual(['No', 'NIK', 'Nama']);
    expect(peserta[1]?.slice(0, 3)).toEqual([1, '3674********0001', 'Siti Aminah']);
    expect(peserta).toHaveLength(2);
    expect(uji.nilai('Koperasi').map((r) => r[1])).toContain('\'=HYPERLINK("http://contoh.invalid","klik")');
    const kehadiran = uji.nilai('Kehadiran');
    expect(kehadiran[1]?.slice(3)).toEqual([
      '3674********0001',
      'Siti Aminah',
      'Koperasi Karyawan Maju Bersama',
      new Date('2026-11-14T09:05:00.000Z'),
      'Tidak',
      'Ya',
    ]);
    expect(uji.bingkai('Peserta').kolom.find((k) => k.judul === 'Upah/Penghasilan per Bulan')?.format).toBe('rupiah');
    // The Capaian's Jumlah row goes alone, marked bold; the kecamatan rows before it are not.
    const capaian = namaLembar.indexOf('Capaian');
    expect(uji.kiriman.filter((k) => k.lembar === capaian).map((k) => [k.baris.length, k.tebal])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('sends nothing more when the save dialog is cancelled', async () => {
    const { db } = await kantor();
    const uji = tujuanUji(false);
    expect(await buatLaporanPusat(db, kepala, uji.tujuan)).toEqual({ tersimpan: false });
    expect(uji.kiriman).toEqual([]);
  });

  it('sends a large sheet in chunks the contract accepts', async () => {
    const { db, writes } = await openTestDb();
    for (let i = 0; i < 7; i++) await writes.create('koperasi', { ...emptyKoperasi(), nama: `Koperasi ${i}` });
    const uji = tujuanUji();
    await buatLaporanPusat(db, kepala, uji.tujuan, () => {}, 3);
    expect(uji.kiriman.filter((k) => k.lembar === 0).map((k) => k.baris.length)).toEqual([3, 3, 1]);
    expect(
      uji
        .nilai('Koperasi')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(BARIS_PER_KIRIMAN).toBeLessThanOrEqual(MAX_ROWS_PER_CHUNK);
    const id = '3f2b8c1e-9a4d-4e5f-8b6a-1c2d3e4f5a6b';
    for (const k of uji.kiriman) expect(appendRowsRequestSchema.safeParse({ id, sheet: k.lembar, rows: k.baris, tebal: k.tebal }).success).toBe(true);
    const begin = { kind: 'workbook', suggestedName: 'laporan-pusat.xlsx', judul: uji.awal!.judul, dibuat: 0, sheets: uji.awal!.lembar };
    expect(beginWorkbookRequestSchema.safeParse(begin).success).toBe(true);
  });

  it('writes dates as date cells the central office can sort and filter, and an unknown wage as an empty cell', async () => {
    const t = await kantor();
    const koperasi = (await t.db.koperasi.toArray()).find((k) => k.nama.startsWith('Koperasi Karyawan'))!;
    const budi = await t.writes.create('anggota', { ...emptyAnggota(), nama: 'Budi Santoso', nik: '3674010101800002' });
    await t.writes.create('kepesertaan', { ...emptyKepesertaan(budi.id, koperasi.id), upah: 0, status: 'draf' });
    const uji = tujuanUji();
    await buatLaporanPusat(t.db, kepala, uji.tujuan);

    const peserta = uji.nilai('Peserta');
    const judul = peserta[0]!;
    const sel = (nama: string, kolom: string) => peserta.find((r) => r[2] === nama)![judul.indexOf(kolom)];
    const format = (lembar: string, kolom: string) => uji.bingkai(lembar).kolom.find((k) => k.judul === kolom)?.format;
    expect(sel('Siti Aminah', 'Tanggal Lahir')).toEqual(new Date('1990-03-12T00:00:00.000Z'));
    expect(format('Peserta', 'Tanggal Lahir')).toBe('tanggal');
    expect(sel('Siti Aminah', 'Status Sejak')).toBeInstanceOf(Date);
    expect(sel('Budi Santoso', 'Upah/Penghasilan per Bulan')).toBeNull(); // an empty cell, not Rp0
    expect(sel('Siti Aminah', 'Upah/Penghasilan per Bulan')).toBe(4_500_000);

    expect(uji.nilai('Kegiatan')[1]?.[1]).toEqual(new Date('2026-11-14T00:00:00.000Z'));
    // The first check-in, 02:05 UTC, is 09:05 WIB on the sheet, whatever the reader's time zone.
    expect(uji.nilai('Kehadiran')[1]?.[6]).toEqual(new Date('2026-11-14T09:05:00.000Z'));
    expect(uji.bingkai('Kehadiran').kolom[6]?.format).toBe('waktu');
    expect(uji.nilai('Capaian').find((r) => r[0] === 'Tanggal laporan')?.[1]).toBeInstanceOf(Date);
  });

  it('writes full NIKs only when asked, and opens the Capaian with the office and the officer', async () => {
    const { db } = await kantor();
    const uji = tujuanUji();
    await buatLaporanPusat(db, { ...kepala, nikLengkap: true }, uji.tujuan);
    expect(uji.nilai('Peserta')[1]?.[1]).toBe('3674015203900001');
    const capaian = uji.nilai('Capaian');
    expect(capaian.find((r) => r[0] === 'Dibuat oleh')?.[1]).toBe('Dewi Lestari');
    expect(capaian.find((r) => r[1] === 'Jumlah')?.slice(2, 5)).toEqual([2, 0, 1]);
  });

  it('reads a table larger than one chunk whole, skipping tombstones, and says how far it is', async () => {
    const { db, writes } = await openTestDb();
    for (let i = 0; i < 7; i++) await writes.create('koperasi', { ...emptyKoperasi(), nama: `Koperasi ${i}` }, `k${i}`);
    await writes.remove('koperasi', 'k3');
    const progres: [string, number, number][] = [];
    const data = await bacaDataLaporan(db, (tabel, dibaca, total) => progres.push([tabel, dibaca, total]), 3);
    expect(data.koperasi.map((k) => k.id)).toEqual(['k0', 'k1', 'k2', 'k4', 'k5', 'k6']);
    expect(progres.filter(([t]) => t === 'koperasi')).toEqual([
      ['koperasi', 0, 7],
      ['koperasi', 3, 7],
      ['koperasi', 6, 7],
      ['koperasi', 7, 7],
    ]);
    expect(Object.keys(data.koperasi[0]!).sort()).not.toContain('searchTokens');
  });

  it('keeps only the people a sheet names, counts everyone by domicile, and shares repeated values', async () => {
    const t = await kantor();
    await t.writes.create('anggota', { ...emptyAnggota(), nama: 'Budi Tanpa Kepesertaan', kecamatanKode: '36.74.01', kecamatanNama: 'Serpong' }, 'budi');
    const data = await bacaDataLaporan(t.db);
    expect(data.orang.map((o) => o.nama)).toEqual(['Siti Aminah']);
    expect([...(data.domisili ?? [])].sort((x, y) => x.kecamatanKode.localeCompare(y.kecamatanKode))).toEqual([
      { kecamatanKode: '', kecamatanNama: '', jumlah: 1 },
      { kecamatanKode: '36.74.01', kecamatanNama: 'Serpong', jumlah: 1 },
    ]);
    const [a, b] = data.kepesertaan;
    expect(a?.program).toBe(b?.program);
  });
});
