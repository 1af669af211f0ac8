import type { KepalaLaporan } from '../../../shared/laporan-pusat/data-laporan';
import type { HasilLaporan, ProgresLaporan } from './buat-laporan-pusat';

/** What the UI thread asks the report's Worker: one workbook, for this office and officer. */
export interface PermintaanLaporan {
  readonly kepala: KepalaLaporan;
}

/** What the Worker answers: progress any number of times, then the workbook or why it failed. */
export type JawabanLaporan =
  | { readonly jenis: 'progres'; readonly progres: ProgresLaporan }
  | { readonly jenis: 'selesai'; readonly hasil: HasilLaporan }
  | { readonly jenis: 'gagal'; readonly pesan: string };
