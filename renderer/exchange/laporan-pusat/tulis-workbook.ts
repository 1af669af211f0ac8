import type * as ExcelJS from 'exceljs';
import type { Baris, Kolom, Lembar } from '../../../shared/laporan-pusat/lembar';

type ExcelJsModule = typeof ExcelJS;

/**
 * ExcelJS, loaded the first time a workbook is written: about 850 KB that the app's start never pays for. A UMD
 * build, so the module namespace carries it as `default` (bundled) or as itself (Node).
 */
async function muatExcelJs(): Promise<ExcelJsModule> {
  const mod = (await import('exceljs/dist/exceljs.bare.min.js')) as ExcelJsModule & { default?: ExcelJsModule };
  return mod.default ?? mod;
}

const FORMAT_SEL: Readonly<Record<NonNullable<Kolom['format']>, string>> = {
  bilangan: '#,##0',
  rupiah: '"Rp"#,##0',
  tanggal: 'dd/mm/yyyy',
  waktu: 'dd/mm/yyyy hh:mm',
};

/** Workbook metadata: the app, never the library's name, and no personal name beyond the report's own. */
export interface InfoWorkbook {
  readonly judul: string;
  readonly dibuat: Date;
}

/**
 * Lays the sheets out as an XLSX file: the title block, then a bold header row that stays in view and carries a
 * filter, the rows, bold totals, and notes. Cells are written as values only: text as text (already neutralised by
 * shared/laporan-pusat), numbers as numbers with a thousands format, dates as date cells shown dd/mm/yyyy (a
 * date outside a date column, such as the Capaian's report date, gets that format on its own cell); never a formula.
 * Empty text is an empty cell.
 */
export async function tulisWorkbook(lembar: readonly Lembar[], info: InfoWorkbook): Promise<Uint8Array> {
  const { Workbook } = await muatExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'KopLindung';
  workbook.lastModifiedBy = 'KopLindung';
  workbook.title = info.judul;
  workbook.created = info.dibuat;
  workbook.modified = info.dibuat;

  for (const l of lembar) {
    const barisJudul = l.pembuka.length + 1;
    const ws = workbook.addWorksheet(l.nama, { views: [{ state: 'frozen', ySplit: barisJudul, xSplit: 0 }] });
    ws.columns = l.kolom.map((k) => ({ width: k.lebar, style: k.format ? { numFmt: FORMAT_SEL[k.format] } : {} }));
    l.pembuka.forEach((b, i) => {
      const row = ws.addRow(isiBaris(b));
      if (i === 0 || b.length > 1) row.getCell(1).font = { bold: true };
      b.forEach((sel, j) => {
        if (sel instanceof Date) row.getCell(j + 1).numFmt = FORMAT_SEL.tanggal;
      });
    });
    const judul = ws.addRow(l.kolom.map((k) => k.judul));
    judul.font = { bold: true };
    judul.alignment = { vertical: 'top', wrapText: true };
    judul.eachCell((cell) => {
      cell.border = { bottom: { style: 'thin' } };
    });
    ws.autoFilter = { from: { row: barisJudul, column: 1 }, to: { row: barisJudul, column: Math.max(1, l.kolom.length) } };
    ws.addRows(l.baris.map(isiBaris));
    for (let i = 0; i < l.barisJumlah; i++) ws.getRow(barisJudul + l.baris.length - i).font = { bold: true };
    for (const b of l.penutup) ws.addRow(isiBaris(b));
  }

  const buffer = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Empty strings become missing cells (smaller, and a filter shows them as blanks). */
function isiBaris(baris: Baris): (string | number | Date | null)[] {
  return baris.map((sel) => (sel === '' ? null : sel));
}
