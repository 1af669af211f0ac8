import type { BarisKabel, LembarKabel } from '../../../shared/ipc/workbook-stream';
import type { KepalaLaporan } from '../../../shared/laporan-pusat/data-laporan';
import { barisKabel, bingkaiLembar } from '../../../shared/laporan-pusat/lembar-kabel';
import type { Lembar, NamaLembar } from '../../../shared/laporan-pusat/lembar';
import { susunLaporanPusat, type LaporanPusat } from '../../../shared/laporan-pusat/susun-laporan-pusat';
import type { KopLindungDb } from '../../db/database';
import { bacaDataLaporan, type TabelLaporan } from '../../db/laporan-pusat/baca-data-laporan';
import { labelLaporanPusat } from './label-laporan-pusat';

/**
 * Rows per chunk sent to main. Main holds a chunk's rows while it writes them, long enough for the collector to move
 * them to the old generation, where they wait as garbage for a full collection: with 2,500-row chunks main's writer
 * grew 72 MB over a district's workbook, with 500 rows 22 MB, in the same time (docs/laporan-pusat.md). A chunk is
 * one round trip, a millisecond or less.
 */
export const BARIS_PER_KIRIMAN = 500;

/** Where the work is: reading a table (with counts), arranging the sheets, or writing rows to the file. */
export type ProgresLaporan =
  | { readonly tahap: 'baca'; readonly tabel: TabelLaporan; readonly dibaca: number; readonly total: number }
  | { readonly tahap: 'susun' }
  | { readonly tahap: 'tulis'; readonly ditulis: number; readonly total: number };

/** The sheets' frames, what the save dialog is asked, and the row counts for the export log. */
export interface MulaiLaporan {
  readonly judul: string;
  readonly lembar: readonly LembarKabel[];
  readonly jumlah: Readonly<Record<NamaLembar, number>>;
}

/**
 * Where the workbook goes: main's streaming writer (files.beginWorkbook/appendRows) in the app, a list in tests.
 * `mulai` answers false when the officer cancelled the save dialog; then nothing more is sent.
 */
export interface TujuanLaporan {
  mulai(awal: MulaiLaporan): Promise<boolean>;
  tambah(lembar: number, baris: BarisKabel[], tebal: boolean): Promise<void>;
}

export type HasilLaporan =
  | { readonly tersimpan: false }
  | {
      readonly tersimpan: true;
      /** Rows per sheet, for the export log. */
      readonly jumlah: Readonly<Record<NamaLembar, number>>;
      /** Milliseconds spent reading, arranging and sending rows: what the figures in docs/laporan-pusat.md come from. */
      readonly waktu: { readonly baca: number; readonly susun: number; readonly tulis: number };
    };

/**
 * The central office workbook from the database: read (bacaDataLaporan), arrange and neutralise
 * (susunLaporanPusat, pure), then the rows to `tujuan` in chunks, each sent only after the one before was
 * written, so nothing piles up between the Worker and main. Takes only the database, so it runs in the report's
 * Worker, in the bench and in unit tests alike.
 */
export async function buatLaporanPusat(
  db: KopLindungDb,
  kepala: KepalaLaporan,
  tujuan: TujuanLaporan,
  onProgress: (p: ProgresLaporan) => void = () => {},
  barisPerKiriman = BARIS_PER_KIRIMAN,
): Promise<HasilLaporan> {
  const t0 = performance.now();
  let t1 = t0;
  // A sheet's rows are made a chunk at a time (Lembar.barisDari), from records sorted once, and each sheet is let
  // go once its rows are sent (`belum[i] = null`, no other reference to the arranged sheets is kept): the Worker
  // never holds a district's 150,000 Peserta rows as arrays, and its heap shrinks as main's file grows.
  const { belum, jumlah } = lepasLembar(
    susunLaporanPusat(
      await bacaDataLaporan(db, (tabel, dibaca, total) => onProgress({ tahap: 'baca', tabel, dibaca, total })).finally(() => {
        t1 = performance.now();
        onProgress({ tahap: 'susun' });
      }),
      kepala,
      labelLaporanPusat(),
    ),
  );
  const t2 = performance.now();
  const judul = `Laporan Pusat ${kepala.kabupatenNama} ${kepala.tanggal}`;
  if (!(await tujuan.mulai({ judul, lembar: belum.map((l) => bingkaiLembar(l!)), jumlah }))) return { tersimpan: false };
  const total = belum.reduce((n, l) => n + l!.jumlahBaris, 0);
  let ditulis = 0;
  onProgress({ tahap: 'tulis', ditulis, total });
  for (let i = 0; i < belum.length; i++) {
    const l = belum[i]!;
    belum[i] = null;
    const biasa = l.jumlahBaris - l.barisJumlah;
    for (let awal = 0; awal < l.jumlahBaris;) {
      const tebal = awal >= biasa;
      const akhir = Math.min(awal + barisPerKiriman, tebal ? l.jumlahBaris : biasa);
      await tujuan.tambah(i, l.barisDari(awal, akhir).map(barisKabel), tebal);
      ditulis += akhir - awal;
      awal = akhir;
      onProgress({ tahap: 'tulis', ditulis, total });
    }
  }
  const t3 = performance.now();
  return { tersimpan: true, jumlah, waktu: { baca: t1 - t0, susun: t2 - t1, tulis: t3 - t2 } };
}

/** The arranged sheets as a list whose entries can be let go one by one. */
function lepasLembar({ lembar, jumlah }: LaporanPusat): { belum: (Lembar | null)[]; jumlah: LaporanPusat['jumlah'] } {
  return { belum: [...lembar], jumlah };
}
