/** Why a spreadsheet was refused; the UI words each (i18n `imporExcel.ditolak.<kode>`), always with "nothing was written". */
export type KodeTolak = 'rusak' | 'bersandi' | 'terlaluBesar' | 'bomZip' | 'terlaluBanyakBaris' | 'kosong' | 'formatTidakDikenal';

export class SpreadsheetRefusedError extends Error {
  constructor(
    readonly kode: KodeTolak,
    readonly detail?: string,
  ) {
    super(`spreadsheet refused: ${kode}${detail ? ` (${detail})` : ''}`);
    this.name = 'SpreadsheetRefusedError';
  }
}
