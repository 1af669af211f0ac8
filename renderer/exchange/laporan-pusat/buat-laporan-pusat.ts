import type { KepalaLaporan } from '../../../shared/laporan-pusat/data-laporan';
import type { NamaLembar } from '../../../shared/laporan-pusat/lembar';
import { susunLaporanPusat } from '../../../shared/laporan-pusat/susun-laporan-pusat';
import type { KopLindungDb } from '../../db/database';
import { bacaDataLaporan, type TabelLaporan } from '../../db/laporan-pusat/baca-data-laporan';
import { labelLaporanPusat } from './label-laporan-pusat';
import { tulisWorkbook } from './tulis-workbook';

/** Where the work is: reading a table (with counts), arranging the sheets, or writing the XLSX file. */
export type ProgresLaporan =
  | { readonly tahap: 'baca'; readonly tabel: TabelLaporan; readonly dibaca: number; readonly total: number }
  | { readonly tahap: 'susun' }
  | { readonly tahap: 'tulis' };

export interface HasilLaporan {
  readonly bytes: Uint8Array;
  /** Rows per sheet, for the export log. */
  readonly jumlah: Readonly<Record<NamaLembar, number>>;
  /** Milliseconds spent reading, arranging and writing: what the figures in docs/laporan-pusat.md come from. */
  readonly waktu: { readonly baca: number; readonly susun: number; readonly tulis: number };
}

/**
 * The central office workbook from the database: read (bacaDataLaporan), arrange and neutralise
 * (susunLaporanPusat, pure), write (ExcelJS). Takes only the database, so it runs in the report's Worker and in
 * unit tests alike.
 */
export async function buatLaporanPusat(db: KopLindungDb, kepala: KepalaLaporan, onProgress: (p: ProgresLaporan) => void = () => {}): Promise<HasilLaporan> {
  const t0 = performance.now();
  let t1 = t0;
  // The records read are not kept once the sheets are arranged: at district size ExcelJS's own cells take most of
  // the memory, and the Worker should hold as little as it can beside them.
  const { lembar, jumlah } = susunLaporanPusat(
    await bacaDataLaporan(db, (tabel, dibaca, total) => onProgress({ tahap: 'baca', tabel, dibaca, total })).finally(() => {
      t1 = performance.now();
      onProgress({ tahap: 'susun' });
    }),
    kepala,
    labelLaporanPusat(),
  );
  const t2 = performance.now();
  onProgress({ tahap: 'tulis' });
  const bytes = await tulisWorkbook(lembar, { judul: `Laporan Pusat ${kepala.kabupatenNama} ${kepala.tanggal}`, dibuat: new Date() });
  const t3 = performance.now();
  return { bytes, jumlah, waktu: { baca: t1 - t0, susun: t2 - t1, tulis: t3 - t2 } };
}
