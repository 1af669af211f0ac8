import { bersihkanBaris, type BarisBersih, type KonteksBersih } from '../../shared/impor-excel/bersihkan-baris';
import { cariBarisJudul, judulKolom } from '../../shared/impor-excel/cari-baris-judul';
import type { JenisImpor } from '../../shared/impor-excel/kolom-impor';
import type { SelMentah } from '../../shared/impor-excel/masalah-sel';
import type { KopLindungDb } from '../db/database';
import type { RencanaImpor } from '../db/impor-excel/rencana-impor';
import { rencanakanImpor } from '../db/impor-excel/rencanakan-impor';
import { bacaBerkas, type BerkasTerbaca } from './baca-berkas';
import { BerkasDitolakError, type KodeTolak } from './berkas-ditolak';
import { tulisLaporanBaris, type HasilBarisLaporan } from './tulis-laporan-baris';
import { tulisTemplat, type TeksTemplat } from './tulis-templat';

export type Progres = (done: number, total: number) => void;

/** A read file, as the wizard shows it: sheet names and sizes; the cells stay in the worker. */
export interface RingkasanBerkas {
  readonly lembar: readonly { readonly nama: string; readonly jumlahBaris: number }[];
  readonly csv?: BerkasTerbaca['csv'];
}

export type Hasil<T> = { readonly ok: true; readonly nilai: T } | { readonly ok: false; readonly kode: KodeTolak };

/** A sheet's header as found: its row (0-based), each column's header text, and the first data rows for the mapping screen. */
export interface JudulLembar {
  readonly barisJudul: number;
  readonly judul: readonly string[];
  readonly contoh: readonly (readonly SelMentah[])[];
  readonly jumlahData: number;
}

const PROGRES_SETIAP = 2_000;

/**
 * The spreadsheet import's long work, in a Web Worker: reading the file (SheetJS), finding the header, cleaning
 * every row, matching the rows against the database (read-only, on the worker's own connection), and writing the
 * row report and templates. The file's cells stay here between steps. Nothing here writes records: the plan goes
 * back to the UI, which applies it through the write path (the device's one change clock lives there).
 */
export function createImporExcelWorkerApi(openDb: () => Promise<KopLindungDb>) {
  let berkas: BerkasTerbaca | undefined;
  let db: Promise<KopLindungDb> | undefined;
  const database = () => (db ??= openDb());
  const lembar = (i: number) => {
    if (!berkas?.lembar[i]) throw new Error('No sheet read');
    return berkas.lembar[i];
  };

  return {
    baca(bytes: Uint8Array, namaBerkas: string): Hasil<RingkasanBerkas> {
      berkas = undefined;
      try {
        berkas = bacaBerkas(bytes, namaBerkas);
      } catch (error) {
        if (error instanceof BerkasDitolakError) return { ok: false, kode: error.kode };
        throw error;
      }
      return { ok: true, nilai: { lembar: berkas.lembar.map((l) => ({ nama: l.nama, jumlahBaris: l.baris.length })), csv: berkas.csv } };
    },

    /** The header row found for this kind (or the one the clerk chose), its headers and a few rows under it. */
    judul(indeks: number, jenis: JenisImpor, barisJudul?: number): JudulLembar {
      const l = lembar(indeks);
      const r = barisJudul ?? Math.max(0, cariBarisJudul(l.baris, jenis));
      return { barisJudul: r, judul: judulKolom(l.baris, r), contoh: l.baris.slice(r + 1, r + 6), jumlahData: Math.max(0, l.baris.length - r - 1) };
    },

    /** Every data row below the header cleaned; blank rows are skipped. Progress every 2,000 rows. */
    async bersihkan(indeks: number, barisJudul: number, konteks: Omit<KonteksBersih, 'namaLembar'>, onProgress?: Progres): Promise<BarisBersih[]> {
      const l = lembar(indeks);
      const judul = judulKolom(l.baris, barisJudul);
      const out: BarisBersih[] = [];
      const total = l.baris.length - barisJudul - 1;
      for (let r = barisJudul + 1; r < l.baris.length; r++) {
        const sel = l.baris[r]!;
        if (sel.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) continue;
        out.push(bersihkanBaris(sel, r + 1, { ...konteks, namaLembar: l.nama }, judul));
        if ((r - barisJudul) % PROGRES_SETIAP === 0) {
          await onProgress?.(r - barisJudul, total);
        }
      }
      await onProgress?.(total, total);
      return out;
    },

    /**
     * The preview: every row cleaned (progress every 2,000 rows), then matched against the records here. `judul`
     * names each field's column for the reasons; `sekarang` stamps enrollments a BPJS list moves to terdaftar.
     */
    async periksa(indeks: number, barisJudul: number, konteks: Omit<KonteksBersih, 'namaLembar'>, judul: Readonly<Record<string, string>>, sekarang: string, onProgress?: Progres): Promise<RencanaImpor> {
      const baris = await this.bersihkan(indeks, barisJudul, konteks, onProgress);
      return rencanakanImpor(await database(), konteks.jenis, baris, (field) => judul[field] ?? field, sekarang);
    },

    laporan(indeks: number, barisJudul: number, hasil: readonly HasilBarisLaporan[], judulTambahan: readonly [string, string]): Uint8Array {
      return tulisLaporanBaris(lembar(indeks).baris, barisJudul, hasil, judulTambahan);
    },

    templat(jenis: JenisImpor, teks: TeksTemplat): Promise<Uint8Array> {
      return tulisTemplat(jenis, teks);
    },

    buang(): void {
      berkas = undefined;
    },
  };
}

export type ImporExcelWorkerApi = ReturnType<typeof createImporExcelWorkerApi>;
