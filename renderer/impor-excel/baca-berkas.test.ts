import ExcelJS from 'exceljs';
import { CFB, utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { bacaBerkas } from './baca-berkas';
import { SpreadsheetRefusedError } from './spreadsheet-refused-error';

/** A workbook the way offices have them: a title row, a merged header, a NIK as a number, a text date, a formula. */
async function workbookKantor(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pengurus');
  ws.addRow(['DAFTAR PENGURUS KOPERASI']);
  ws.mergeCells('A1:E1');
  ws.addRow(['Nama Lengkap', 'NIK', 'Tgl Lahir', 'Alamat', null]);
  ws.addRow([null, null, null, 'Kec.', 'Desa/Kel.']);
  ws.mergeCells('A2:A3');
  ws.mergeCells('D2:E2');
  ws.addRow(['Siti Aminah', '3674015506850002', '15-06-1985', 'Serpong', 'Buaran']);
  ws.addRow(['Ahmad Fauzi', 3674011203900000, new Date(Date.UTC(1990, 2, 12)), 'Serpong', 'Ciater']);
  ws.addRow([{ formula: 'UPPER("dewi")', result: 'DEWI' }, '3201024107920003', '1 Juli 1992', 'Serpong', '']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('bacaBerkas', () => {
  it('reads an .xlsx with merged headers filled, numbers as numbers and the cached value of a formula', async () => {
    const { lembar } = bacaBerkas(await workbookKantor(), 'pengurus.xlsx');
    const rows = lembar[0]!.baris;
    expect(lembar[0]!.nama).toBe('Pengurus');
    expect(rows[0]).toEqual([
      'DAFTAR PENGURUS KOPERASI',
      'DAFTAR PENGURUS KOPERASI',
      'DAFTAR PENGURUS KOPERASI',
      'DAFTAR PENGURUS KOPERASI',
      'DAFTAR PENGURUS KOPERASI',
    ]);
    expect(rows[2]![0]).toBe('Nama Lengkap');
    expect(rows[2]![3]).toBe('Kec.');
    expect(rows[4]![1]).toBe(3674011203900000);
    expect(rows[4]![2]).toBe(32944);
    expect(rows[5]![0]).toBe('DEWI');
  });

  it('reads the same sheet saved as .xls', async () => {
    const xlsx = bacaBerkas(await workbookKantor(), 'pengurus.xlsx');
    const sheet = utils.aoa_to_sheet(xlsx.lembar[0]!.baris);
    const wb = utils.book_new();
    utils.book_append_sheet(wb, sheet, 'Pengurus');
    const xls = new Uint8Array(write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
    expect(bacaBerkas(xls, 'pengurus.xls').lembar[0]!.baris.slice(3)).toEqual(xlsx.lembar[0]!.baris.slice(3));
  });

  it('reads CSV in Windows-1252 with semicolons, every cell as text', () => {
    const bytes = new Uint8Array(
      [...'Nama;NIK\r\nKoperasi Setia Jaya;3674011203900001\r\nJos', 0xe9, ...';\r\n'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))),
    );
    const hasil = bacaBerkas(bytes, 'data.csv');
    expect(hasil.csv).toEqual({ encoding: 'windows-1252', pemisah: ';' });
    expect(hasil.lembar[0]!.baris).toEqual([
      ['Nama', 'NIK'],
      ['Koperasi Setia Jaya', '3674011203900001'],
      ['José', ''],
    ]);
  });

  it('refuses a damaged file, a zip bomb, too many rows and an empty file', async () => {
    const tolak = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof SpreadsheetRefusedError ? error.kode : String(error);
      }
      return 'diterima';
    };
    const xlsx = await workbookKantor();
    expect(tolak(() => bacaBerkas(xlsx.slice(0, 400), 'rusak.xlsx'))).toBe('rusak');
    expect(tolak(() => bacaBerkas(new TextEncoder().encode('bukan spreadsheet'), 'palsu.xlsx'))).toBe('rusak');
    expect(tolak(() => bacaBerkas(xlsx, 'bom.xlsx', { byte: 1e9, byteTerurai: 1000, baris: 100 }))).toBe('bomZip');
    expect(tolak(() => bacaBerkas(xlsx, 'panjang.xlsx', { byte: 1e9, byteTerurai: 1e9, baris: 2 }))).toBe('diterima');
    expect(tolak(() => bacaBerkas(new TextEncoder().encode('a\n'.repeat(200)), 'panjang.csv', { byte: 1e9, byteTerurai: 1e9, baris: 100 }))).toBe(
      'terlaluBanyakBaris',
    );
    expect(tolak(() => bacaBerkas(new Uint8Array(), 'kosong.csv'))).toBe('kosong');
    // A workbook saved with a password: an encrypted OLE container (EncryptionInfo + EncryptedPackage).
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, 1, 2, 3, 4]));
    CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
    const bersandi = new Uint8Array(CFB.write(cfb, { type: 'array' }) as number[]);
    expect(tolak(() => bacaBerkas(bersandi, 'bersandi.xlsx'))).toBe('bersandi');
  });
});
