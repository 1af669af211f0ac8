import type * as ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
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
import { buatLaporanPusat, type ProgresLaporan } from './buat-laporan-pusat';

async function muatKembali(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const mod = (await import('exceljs/dist/exceljs.bare.min.js')) as typeof ExcelJS & { default?: typeof ExcelJS };
  const { Workbook } = mod.default ?? mod;
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

const nilai = (ws: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

async function kantor() {
  const t = await openTestDb();
  const koperasi = await t.writes.create('koperasi', { ...emptyKoperasi(), nama: 'Koperasi Karyawan Maju Bersama', kecamatanKode: '36.74.01', kecamatanNama: 'Serpong', anggotaLaki: 12, anggotaPerempuan: 30 });
  const jahat = await t.writes.create('koperasi', { ...emptyKoperasi(), nama: '=HYPERLINK("http://contoh.invalid","klik")' });
  const siti = await t.writes.create('anggota', { ...emptyAnggota(), nama: 'Siti Aminah', nik: '3674015203900001', jenisKelamin: 'P', tanggalLahir: '1990-03-12' });
  const hapus = await t.writes.create('anggota', { ...emptyAnggota(), nama: 'Orang Dihapus', nik: '3674011203850009' });
  await t.writes.create('kepesertaan', { ...emptyKepesertaan(siti.id, koperasi.id), upah: 4_500_000, status: 'draf', statusSejak: '2026-11-20T02:00:00.000Z' });
  await t.writes.create('kepesertaan', { ...emptyKepesertaan(hapus.id, jahat.id), upah: 2_000_000, status: 'draf' });
  const kegiatan = await t.writes.create('kegiatan', { ...emptyKegiatan(), judul: 'Sosialisasi di Serpong', tanggal: '2026-11-14', tempat: 'Aula', status: 'selesai' });
  const checkIn = { kegiatanId: kegiatan.id, anggotaId: siti.id, koperasiId: koperasi.id, petugas: 'Rina', walkIn: false, inginMendaftar: false, kepesertaanId: '' };
  await t.writes.create('kehadiran', { ...checkIn, waktu: '2026-11-14T02:10:00.000Z' });
  await t.writes.create('kehadiran', { ...checkIn, waktu: '2026-11-14T02:05:00.000Z', inginMendaftar: true });
  await t.writes.remove('anggota', hapus.id);
  const pks = await t.writes.create('perjanjian', { ...emptyPerjanjian(), judul: 'PKS Dinas dan BPJS Ketenagakerjaan', pihak: [{ nama: 'BPJS', nomor: 'PKS/12/2026', penandatangan: '', jabatan: '' }] });
  const program = await t.writes.create('program', { ...emptyProgram(), nama: 'Kepesertaan koperasi', perjanjianIds: [pks.id], aturan: 'keikutsertaan' });
  await t.writes.create('target', { ...emptyTarget(program.id, 2026), nama: 'Semua koperasi 2026', jumlah: 4 });
  await t.writes.create('keikutsertaan', { ...emptyKeikutsertaan(program.id, koperasi.id), tanggalBergabung: '2026-05-01' });
  return t;
}

describe('buatLaporanPusat', () => {
  it('writes the six sheets from the database, masked, neutralised, values only, and counts rows for the log', async () => {
    const { db } = await kantor();
    const progres: ProgresLaporan[] = [];
    const hasil = await buatLaporanPusat(db, kepala, (p) => progres.push(p));
    expect(hasil.jumlah).toEqual({ Koperasi: 2, Peserta: 1, Kegiatan: 1, Kehadiran: 1, Capaian: 3, Target: 1 });
    expect(progres.map((p) => p.tahap)).toContain('susun');
    expect(progres.at(-1)).toEqual({ tahap: 'tulis' });
    expect(progres.filter((p) => p.tahap === 'baca').map((p) => p.tabel)).toContain('anggota');

    const workbook = await muatKembali(hasil.bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...namaLembar]);
    // The Target sheet: the program's target with the same figures as the program's page.
    expect(nilai(workbook.getWorksheet('Target')!)[1]?.filter((c, i) => [1, 2, 3, 7, 8, 9, 10].includes(i))).toEqual(['Kepesertaan koperasi', 'PKS/12/2026', 'Semua koperasi 2026', 4, 1, 25, 1]);
    const peserta = nilai(workbook.getWorksheet('Peserta')!);
    expect(peserta[0]?.slice(0, 3)).toEqual(['No', 'NIK', 'Nama']);
    expect(peserta[1]?.slice(0, 3)).toEqual([1, '3674********0001', 'Siti Aminah']);
    expect(peserta).toHaveLength(2);
    expect(nilai(workbook.getWorksheet('Koperasi')!).map((r) => r[1])).toContain('\'=HYPERLINK("http://contoh.invalid","klik")');
    const kehadiran = nilai(workbook.getWorksheet('Kehadiran')!);
    expect(kehadiran[1]?.slice(3)).toEqual(['3674********0001', 'Siti Aminah', 'Koperasi Karyawan Maju Bersama', new Date('2026-11-14T09:05:00.000Z'), 'Tidak', 'Ya']);

    workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined())));
    const upah = workbook.getWorksheet('Peserta')!.getRow(2).getCell(11);
    expect(upah.value).toBe(4_500_000);
    expect(upah.numFmt).toBe('"Rp"#,##0');
    expect(workbook.getWorksheet('Peserta')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes dates as date cells the central office can sort and filter, and an unknown wage as an empty cell', async () => {
    const t = await kantor();
    const koperasi = (await t.db.koperasi.toArray()).find((k) => k.nama.startsWith('Koperasi Karyawan'))!;
    const budi = await t.writes.create('anggota', { ...emptyAnggota(), nama: 'Budi Santoso', nik: '3674010101800002' });
    await t.writes.create('kepesertaan', { ...emptyKepesertaan(budi.id, koperasi.id), upah: 0, status: 'draf' });
    const workbook = await muatKembali((await buatLaporanPusat(t.db, kepala)).bytes);

    const peserta = workbook.getWorksheet('Peserta')!;
    const judul = nilai(peserta)[0]!;
    const sel = (nama: string, kolom: string) => {
      let found: ExcelJS.Row | undefined;
      peserta.eachRow((row) => {
        if (row.getCell(3).value === nama) found = row;
      });
      return found!.getCell(judul.indexOf(kolom) + 1);
    };
    const lahir = sel('Siti Aminah', 'Tanggal Lahir');
    expect(lahir.type).toBe(4); // ExcelJS ValueType.Date
    expect(lahir.value).toEqual(new Date('1990-03-12T00:00:00.000Z'));
    expect(lahir.numFmt).toBe('dd/mm/yyyy');
    expect(sel('Siti Aminah', 'Status Sejak').value).toBeInstanceOf(Date);
    expect(sel('Budi Santoso', 'Upah/Penghasilan per Bulan').type).toBe(0); // ValueType.Null: not Rp0
    expect(sel('Siti Aminah', 'Upah/Penghasilan per Bulan').value).toBe(4_500_000);

    const kegiatan = workbook.getWorksheet('Kegiatan')!.getRow(2).getCell(2);
    expect(kegiatan.value).toEqual(new Date('2026-11-14T00:00:00.000Z'));
    expect(kegiatan.numFmt).toBe('dd/mm/yyyy');
    // The first check-in, 02:05 UTC, is 09:05 WIB on the sheet, whatever the reader's time zone.
    const checkIn = workbook.getWorksheet('Kehadiran')!.getRow(2).getCell(7);
    expect(checkIn.value).toEqual(new Date('2026-11-14T09:05:00.000Z'));
    expect(checkIn.numFmt).toBe('dd/mm/yyyy hh:mm');
    const capaian = workbook.getWorksheet('Capaian')!;
    let tanggalLaporan: ExcelJS.Cell | undefined;
    capaian.eachRow((row) => {
      if (row.getCell(1).value === 'Tanggal laporan') tanggalLaporan = row.getCell(2);
    });
    expect(tanggalLaporan?.value).toBeInstanceOf(Date);
    expect(tanggalLaporan?.numFmt).toBe('dd/mm/yyyy');
  });

  it('writes full NIKs only when asked, and opens the Capaian with the office and the officer', async () => {
    const { db } = await kantor();
    const workbook = await muatKembali((await buatLaporanPusat(db, { ...kepala, nikLengkap: true })).bytes);
    expect(nilai(workbook.getWorksheet('Peserta')!)[1]?.[1]).toBe('3674015203900001');
    const capaian = nilai(workbook.getWorksheet('Capaian')!);
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
    expect(progres.filter(([t]) => t === 'koperasi')).toEqual([['koperasi', 0, 7], ['koperasi', 3, 7], ['koperasi', 6, 7], ['koperasi', 7, 7]]);
    expect(Object.keys(data.koperasi[0]!).sort()).not.toContain('searchTokens');
  });
});
