/**
 * What a spreadsheet import refuses before reading: a file over 50 MB (the open dialog refuses it before reading
 * it), an .xlsx/.ods whose parts would inflate past 400 MB (a zip bomb), a sheet of more than 100,000 data rows (a
 * district's people are about 50,000 per list).
 */
export interface BatasBerkas {
  readonly byte: number;
  readonly byteTerurai: number;
  readonly baris: number;
}

export const BATAS_BERKAS: BatasBerkas = { byte: 50 * 1024 * 1024, byteTerurai: 400 * 1024 * 1024, baris: 100_000 };
