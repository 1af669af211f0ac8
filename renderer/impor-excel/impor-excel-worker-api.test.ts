import ExcelJS from 'exceljs';
import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { openTestDb } from '../db/test-db';
import { createImporExcelWorkerApi } from './impor-excel-worker-api';

describe('the import worker', () => {
  it('reads a CSV, finds its header, cleans with progress, and writes the row report beside the original columns', async () => {
    const api = createImporExcelWorkerApi(async () => (await openTestDb()).db);
    const csv = new TextEncoder().encode('DAFTAR ANGGOTA;;\n;;\nNama Lengkap;No KTP;Tgl Lahir\nSiti Aminah;3674015506850002;15-06-1985\n;;\nAhmad;3.6740E+15;31/02/1990\n');
    const baca = api.baca(csv, 'anggota.csv');
    expect(baca).toMatchObject({ ok: true, nilai: { lembar: [{ nama: '', jumlahBaris: 6 }], csv: { encoding: 'utf-8', pemisah: ';' } } });
    const judul = api.judul(0, 'orang');
    expect(judul).toMatchObject({ barisJudul: 2, judul: ['Nama Lengkap', 'No KTP', 'Tgl Lahir'], jumlahData: 3 });
    const progres: number[] = [];
    const baris = await api.bersihkan(0, 2, { jenis: 'orang', pemetaan: ['nama', 'nik', 'tanggalLahir'], wilayah: undefined, hariIni: '2026-12-06' }, (done) => void progres.push(done));
    expect(baris.map((b) => b.nomor)).toEqual([4, 6]);
    expect(baris[1]!.masalah.map((m) => m.kode)).toEqual(['nikAngka', 'tanggal']);
    expect(progres.at(-1)).toBe(3);
    const rencana = await api.periksa(0, 2, { jenis: 'orang', pemetaan: ['nama', 'nik', 'tanggalLahir'], wilayah: undefined, hariIni: '2026-12-06' }, { nama: 'Nama Lengkap' }, '2026-12-06T08:00:00.000Z');
    expect(rencana.baris[0]!.masalah).toEqual([]);
    expect(rencana.jumlah).toEqual({ baru: 1, diperbarui: 0, sama: 0, galat: 1 });

    const laporan = read(api.laporan(0, 2, [{ nomor: 4, status: 'Baru', pesan: '' }, { nomor: 6, status: 'Galat', pesan: 'No KTP: …' }], ['Status impor', 'Keterangan']));
    const rows = utils.sheet_to_json<string[]>(laporan.Sheets.Laporan!, { header: 1, defval: '' });
    expect(rows[2]).toEqual(['Nama Lengkap', 'No KTP', 'Tgl Lahir', 'Status impor', 'Keterangan']);
    expect(rows[3]).toEqual(['Siti Aminah', '3674015506850002', '15-06-1985', 'Baru', '']);
    expect(rows[5]).toEqual(['Ahmad', '3.6740E+15', '31/02/1990', 'Galat', 'No KTP: …']);
  });

  it('refuses a damaged file as data, and writes a templat with the NIK column as Text and dropdowns', async () => {
    const api = createImporExcelWorkerApi(async () => (await openTestDb()).db);
    expect(api.baca(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'rusak.xlsx')).toEqual({ ok: false, kode: 'rusak' });
    const bytes = await api.templat('orang', { petunjuk: ['Petunjuk'], judul: { nik: 'NIK', nama: 'Nama Lengkap', jenisKelamin: 'L/P', peran: 'Peran' } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'Data']);
    const data = wb.getWorksheet('Data')!;
    expect(data.getRow(1).getCell(1).value).toBe('NIK');
    expect(data.getCell('A2').numFmt).toBe('@');
    const jk = data.getRow(1).values as unknown[];
    const kolomJk = jk.indexOf('L/P');
    expect(data.getRow(2).getCell(kolomJk).dataValidation).toMatchObject({ type: 'list', formulae: ['"L,P"'] });
  });
});
