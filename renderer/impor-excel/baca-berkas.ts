import { read, type CellObject, type WorkSheet } from '@e965/xlsx';
import { bacaCsv, tebakPemisah } from '../../shared/impor-excel/baca-csv';
import type { SelMentah } from '../../shared/impor-excel/masalah-sel';
import { ukuranZipTerurai } from '../../shared/impor-excel/ukuran-zip';
import { BATAS_BERKAS, type BatasBerkas } from './batas-berkas';
import { SpreadsheetRefusedError } from './spreadsheet-refused-error';

/** One sheet as read: its name and its rows of cached cell values (merged cells filled from their top-left cell). */
export interface Lembar {
  readonly nama: string;
  readonly baris: SelMentah[][];
}

export interface BerkasTerbaca {
  readonly lembar: readonly Lembar[];
  /** For CSV: how the text was decoded and split, shown to the clerk. */
  readonly csv?: { readonly encoding: 'utf-8' | 'windows-1252'; readonly pemisah: string };
}

/**
 * Reads an .xlsx, .xls, .ods or .csv the way an office has it. Spreadsheets go through SheetJS with formulas off:
 * a formula cell gives the value Excel last cached, never an evaluation. CSV is decoded as UTF-8, or as
 * Windows-1252 when it is not valid UTF-8 (Excel's "CSV" on Windows), and split by our own reader so every cell
 * stays text. Refusals (damaged, password-protected, too big, a zip bomb, too many rows) are SpreadsheetRefusedError.
 */
export function bacaBerkas(bytes: Uint8Array, namaBerkas: string, batas: BatasBerkas = BATAS_BERKAS): BerkasTerbaca {
  if (bytes.length > batas.byte) throw new SpreadsheetRefusedError('terlaluBesar');
  if (bytes.length === 0) throw new SpreadsheetRefusedError('kosong');
  if (/\.csv$/i.test(namaBerkas)) return bacaCsvBerkas(bytes, batas.baris);
  const terurai = ukuranZipTerurai(bytes);
  if (terurai === -1) throw new SpreadsheetRefusedError('rusak');
  if (terurai !== null && terurai > batas.byteTerurai) throw new SpreadsheetRefusedError('bomZip');
  let wb;
  try {
    wb = read(bytes, {
      type: 'array',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellDates: false,
      cellStyles: false,
      sheetRows: batas.baris + 31,
    });
  } catch (error) {
    const pesan = error instanceof Error ? error.message : String(error);
    if (/password|encrypt/i.test(pesan)) throw new SpreadsheetRefusedError('bersandi');
    throw new SpreadsheetRefusedError('rusak', pesan.slice(0, 200));
  }
  // SheetJS reads any byte run as some format (a text file becomes one cell): a file with no sheet, or an .xlsx
  // that is not a ZIP, is not a spreadsheet.
  if (wb.SheetNames.length === 0 || (/\.(xlsx|ods)$/i.test(namaBerkas) && terurai === null)) throw new SpreadsheetRefusedError('rusak');
  const lembar = wb.SheetNames.map((nama) => ({ nama, baris: barisLembar(wb.Sheets[nama]!) }));
  if (lembar.some((l) => l.baris.length > batas.baris + 30)) throw new SpreadsheetRefusedError('terlaluBanyakBaris', String(batas.baris));
  if (lembar.every((l) => l.baris.length === 0)) throw new SpreadsheetRefusedError('kosong');
  return { lembar };
}

function barisLembar(ws: WorkSheet): SelMentah[][] {
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const rows: SelMentah[][] = [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    rows.push(row ? Array.from(row, (c) => nilaiSel(c)) : []);
  }
  for (const m of ws['!merges'] ?? []) {
    const v = rows[m.s.r]?.[m.s.c] ?? null;
    for (let r = m.s.r; r <= m.e.r; r++) {
      rows[r] ??= [];
      for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) rows[r]![c] = v;
    }
  }
  while (rows.length > 0 && rows.at(-1)!.every((v) => v === null || v === '')) rows.pop();
  return rows;
}

/** The cached value: text, number or boolean; an error cell as Excel shows it (#N/A), so a cleaner can quote it. */
function nilaiSel(c: CellObject | undefined): SelMentah {
  if (!c || c.v === undefined || c.t === 'z') return null;
  if (c.t === 'e') return c.w ?? '#ERROR';
  if (c.v instanceof Date) return c.v.toISOString().slice(0, 10);
  return c.v;
}

function bacaCsvBerkas(bytes: Uint8Array, batasBaris: number): BerkasTerbaca {
  let teks: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  try {
    teks = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    teks = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
  }
  if (teks.includes('\u0000')) throw new SpreadsheetRefusedError('formatTidakDikenal');
  const pemisah = tebakPemisah(teks);
  const baris = bacaCsv(teks, pemisah, batasBaris + 31);
  if (baris.length > batasBaris + 30) throw new SpreadsheetRefusedError('terlaluBanyakBaris', String(batasBaris));
  if (baris.length === 0) throw new SpreadsheetRefusedError('kosong');
  // No sheet name: a CSV has none, so it never stands in for the cooperative of the rows.
  return { lembar: [{ nama: '', baris }], csv: { encoding, pemisah } };
}
