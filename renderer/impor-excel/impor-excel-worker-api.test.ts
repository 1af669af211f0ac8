import ExcelJS from 'exceljs';
import { read, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { openTestDb } from '../test-support/test-db';
import { createImporExcelWorkerApi } from './impor-excel-worker-api';

describe('the import worker', () => {
  it('reads a CSV, finds its header, cleans with progress, and writes the row report beside the original columns', async () => {
    const api = createImporExcelWorkerApi(async () => (await openTestDb()).db);
    const csv = new TextEncoder().encode(
      'DAFTAR ANGGOTA;;\n;;\nNama Lengkap;No KTP;Tgl Lahir\nSiti Aminah;3674015506850002;15-06-1985\n;;\nAhmad;3.6740E+15;31/02/1990\n',
    );
    const baca = api.read(csv, 'anggota.csv');
    expect(baca).toMatchObject({ ok: true, nilai: { lembar: [{ nama: '', jumlahBaris: 6 }], csv: { encoding: 'utf-8', pemisah: ';' } } });
    const judul = api.readJudul(0, 'orang');
    expect(judul).toMatchObject({ barisJudul: 2, judul: ['Nama Lengkap', 'No KTP', 'Tgl Lahir'], jumlahData: 3 });
    const progres: number[] = [];
    const baris = await api.clean(
      [{ indeks: 0, barisJudul: 2 }],
      { jenis: 'orang', pemetaan: ['nama', 'nik', 'tanggalLahir'], wilayah: undefined, hariIni: '2026-12-06' },
      (done) => void progres.push(done),
    );
    expect(baris.map((b) => b.nomor)).toEqual([4, 6]);
    expect(baris[1]!.masalah.map((m) => m.kode)).toEqual(['nikAngka', 'tanggal']);
    expect(progres.at(-1)).toBe(3);
    const tahap: string[] = [];
    const rencana = await api.check(
      [{ indeks: 0, barisJudul: 2 }],
      { jenis: 'orang', pemetaan: ['nama', 'nik', 'tanggalLahir'], wilayah: undefined, hariIni: '2026-12-06' },
      { nama: 'Nama Lengkap' },
      '2026-12-06T08:00:00.000Z',
      (done, total, t) => void tahap.push(`${t}:${done}/${total}`),
    );
    // Cleaning, then matching against the records, each reporting progress (the bar moves during both).
    expect(tahap).toEqual(['membersihkan:3/3', 'mencocokkan:0/2', 'mencocokkan:2/2']);
    expect(rencana.baris[0]!.masalah).toEqual([]);
    expect(rencana.jumlah).toEqual({ baru: 1, diperbarui: 0, sama: 0, galat: 1 });

    const laporan = read(
      api.writeLaporan(
        [{ indeks: 0, barisJudul: 2 }],
        [
          { nomor: 4, status: 'Baru', pesan: '' },
          { nomor: 6, status: 'Galat', pesan: 'No KTP: …' },
        ],
        ['Status impor', 'Keterangan'],
      ),
    );
    const rows = utils.sheet_to_json<string[]>(laporan.Sheets.Laporan!, { header: 1, defval: '' });
    expect(rows[2]).toEqual(['Nama Lengkap', 'No KTP', 'Tgl Lahir', 'Status impor', 'Keterangan']);
    expect(rows[3]).toEqual(['Siti Aminah', '3674015506850002', '15-06-1985', 'Baru', '']);
    expect(rows[5]).toEqual(['Ahmad', '3.6740E+15', '31/02/1990', 'Galat', 'No KTP: …']);
  });

  it('takes every sheet with the same columns at once: one preview, each row naming its sheet, a report per sheet', async () => {
    const { db, writes } = await openTestDb();
    const { emptyKoperasi } = await import('../../shared/koperasi/koperasi-schema');
    for (const nama of ['KSP Maju', 'Koperasi Tani Makmur']) await writes.create('koperasi', { ...emptyKoperasi(), nama });
    const api = createImporExcelWorkerApi(async () => db);
    const wb = utils.book_new();
    // One sheet per cooperative, as offices keep them: the title rows differ, the columns do not.
    utils.book_append_sheet(
      wb,
      utils.aoa_to_sheet([['PENGURUS KSP MAJU'], ['Nama Lengkap', 'NIK', 'Jabatan'], ['Siti Aminah', '3674015506850002', 'Ketua'], ['Budi', '', 'Sekretaris']]),
      'KSP Maju',
    );
    utils.book_append_sheet(
      wb,
      utils.aoa_to_sheet([
        ['DAFTAR PENGURUS'],
        ['Koperasi Tani Makmur'],
        [],
        ['Nama Lengkap', 'NIK', 'Jabatan'],
        ['Siti Aminah', '3674015506850002', 'Bendahara'],
        ['Ahmad', 3674011203900000, 'Ketua'],
      ]),
      'Koperasi Tani Makmur',
    );
    utils.book_append_sheet(wb, utils.aoa_to_sheet([['Rekap'], ['Koperasi', 'Jumlah pengurus'], ['KSP Maju', 2]]), 'Rekap');
    const bytes = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(api.read(bytes, 'pengurus.xlsx')).toMatchObject({ ok: true });
    const j = api.readJudul(0, 'orang');
    const sejenis = api.listSejenis(0, 'orang', j.barisJudul);
    expect(sejenis.map((l) => [l.nama, l.barisJudul, l.jumlahData])).toEqual([
      ['KSP Maju', 1, 2],
      ['Koperasi Tani Makmur', 3, 2],
    ]);
    const rencana = await api.check(
      sejenis,
      { jenis: 'orang', pemetaan: ['nama', 'nik', 'jabatan'], wilayah: undefined, hariIni: '2026-12-06' },
      { nik: 'NIK' },
      '2026-12-06T08:00:00.000Z',
    );
    expect(rencana.baris.map((b) => [b.lembar, b.nomor, b.status])).toEqual([
      ['KSP Maju', 3, 'baru'],
      ['KSP Maju', 4, 'baru'],
      ['Koperasi Tani Makmur', 5, 'diperbarui'],
      ['Koperasi Tani Makmur', 6, 'galat'],
    ]);
    const laporan = read(
      api.writeLaporan(
        sejenis,
        rencana.baris.map((b) => ({ nomor: b.nomor, lembar: b.lembar, status: b.status, pesan: '' })),
        ['Status impor', 'Keterangan'],
      ),
    );
    expect(laporan.SheetNames).toEqual(['KSP Maju', 'Koperasi Tani Makmur']);
    expect(utils.sheet_to_json<string[]>(laporan.Sheets['Koperasi Tani Makmur']!, { header: 1, defval: '' })[5]).toEqual([
      'Ahmad',
      3674011203900000,
      'Ketua',
      'galat',
      '',
    ]);
  });

  it('refuses a damaged file as data, and writes a templat with the NIK column as Text and dropdowns', async () => {
    const api = createImporExcelWorkerApi(async () => (await openTestDb()).db);
    expect(api.read(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'rusak.xlsx')).toEqual({ ok: false, kode: 'rusak' });
    const bytes = await api.writeTemplat('orang', { petunjuk: ['Petunjuk'], judul: { nik: 'NIK', nama: 'Nama Lengkap', jenisKelamin: 'L/P', peran: 'Peran' } });
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
