import type { BarisKabel } from '../../../shared/ipc/workbook-stream';
import type { KepalaLaporan } from '../../../shared/laporan-pusat/data-laporan';
import type { HasilLaporan, MulaiLaporan, ProgresLaporan } from './buat-laporan-pusat';

/**
 * What the UI thread tells the report's Worker: first the workbook to make, for this office and officer; then,
 * after each `mulai` or `baris`, whether to go on (the save dialog's answer, or that main wrote the chunk).
 */
export type PermintaanLaporan = { readonly jenis: 'buat'; readonly kepala: KepalaLaporan } | { readonly jenis: 'lanjut'; readonly lanjut: boolean };

/**
 * What the Worker answers: progress any number of times; the sheets' frames (`mulai`) and chunks of rows
 * (`baris`), each waiting for a `lanjut`; then the outcome or why it failed.
 */
export type JawabanLaporan =
  | { readonly jenis: 'progres'; readonly progres: ProgresLaporan }
  | { readonly jenis: 'mulai'; readonly awal: MulaiLaporan }
  | { readonly jenis: 'baris'; readonly lembar: number; readonly baris: BarisKabel[]; readonly tebal: boolean }
  | { readonly jenis: 'selesai'; readonly hasil: HasilLaporan }
  | { readonly jenis: 'gagal'; readonly pesan: string };
