import type * as ExcelJS from 'exceljs';
import { jenisPeran } from '../../shared/anggota/peran-options';
import { kolomImpor, type JenisImpor } from '../../shared/impor-excel/kolom-impor';

type ExcelJsModule = typeof ExcelJS;

async function muatExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import('exceljs/dist/exceljs.bare.min.js')) as ExcelJsModule & { default?: ExcelJsModule };
  return mod.default ?? mod;
}

/** The words a templat needs, already in the office's language (the worker has no i18n). */
export interface TeksTemplat {
  readonly petunjuk: readonly string[];
  /** Per field, the column header the templat writes (one the mapping recognises). */
  readonly judul: Readonly<Record<string, string>>;
}

/** Choices offered as dropdowns (data validation), as the import reads them. */
const PILIHAN: Readonly<Record<string, readonly string[]>> = {
  jenisKelamin: ['L', 'P'],
  peran: jenisPeran.map((p) => p[0]!.toUpperCase() + p.slice(1)),
  jenis: ['Simpan Pinjam', 'Konsumen', 'Produsen', 'Pemasaran', 'Jasa', 'Serba Usaha'],
  status: ['Aktif', 'Tidak Aktif'],
};

/** Columns that must stay text: Excel would turn 16 digits into 3.2151E+15 and a phone's 0 away. */
const TEKS = new Set(['nik', 'telepon', 'npwp', 'nib', 'nomorIndukKoperasi', 'kpj', 'nomorBadanHukum']);

/**
 * An empty XLSX templat for one kind of row: a Petunjuk sheet, then a Data sheet whose headers are ones the
 * import recognises, the NIK (and every other number that is really a code) formatted as Text for 1,000 rows,
 * dropdowns for coded fields, and the header frozen.
 */
export async function tulisTemplat(jenis: JenisImpor, teks: TeksTemplat): Promise<Uint8Array> {
  const { Workbook } = await muatExcelJs();
  const wb = new Workbook();
  wb.creator = 'KopLindung';
  const petunjuk = wb.addWorksheet('Petunjuk');
  petunjuk.getColumn(1).width = 110;
  teks.petunjuk.forEach((p, i) => {
    const row = petunjuk.addRow([p]);
    if (i === 0) row.font = { bold: true, size: 14 };
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  const data = wb.addWorksheet('Data', { views: [{ state: 'frozen', ySplit: 1 }] });
  const kolom = kolomImpor[jenis];
  data.columns = kolom.map((k) => ({
    header: teks.judul[k.field] ?? k.field,
    key: k.field,
    width: Math.max(14, (teks.judul[k.field] ?? '').length + 4),
    style: TEKS.has(k.field) ? { numFmt: '@' } : {},
  }));
  data.getRow(1).font = { bold: true };
  kolom.forEach((k, i) => {
    const pilihan = PILIHAN[k.field];
    if (!pilihan) return;
    const huruf = data.getColumn(i + 1).letter;
    for (let r = 2; r <= 1001; r++) {
      data.getCell(`${huruf}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${pilihan.join(',')}"`], showErrorMessage: true };
    }
  });
  const buffer = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
