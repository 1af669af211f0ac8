import { bersihkanBaris, type BarisBersih, type KonteksBersih } from '../../shared/impor-excel/bersihkan-baris';
import { cariBarisJudul, judulKolom } from '../../shared/impor-excel/cari-baris-judul';
import { sidikTataLetak, type JenisImpor } from '../../shared/impor-excel/kolom-impor';
import type { SelMentah } from '../../shared/impor-excel/masalah-sel';
import type { KopLindungDb } from '../db/database';
import type { RencanaImpor } from '../db/impor-excel/rencana-impor';
import { rencanakanImpor } from '../db/impor-excel/rencanakan-impor';
import { bacaBerkas, type BerkasTerbaca } from './baca-berkas';
import { SpreadsheetRefusedError, type KodeTolak } from './spreadsheet-refused-error';
import { tulisLaporanBaris, type HasilBarisLaporan, type LembarLaporan } from './tulis-laporan-baris';
import { tulisTemplat, type TeksTemplat } from './tulis-templat';

/** Progress of a long step; `tahap` says which step of the preview (cleaning, then matching against the records). */
export type Progres = (done: number, total: number, tahap?: TahapPeriksa) => void;
export type TahapPeriksa = 'membersihkan' | 'mencocokkan';

/** A sheet taken into one preview, with its own header row (title rows may differ from sheet to sheet). */
export interface LembarDipilih {
  readonly indeks: number;
  readonly barisJudul: number;
}

/** Another sheet with the same columns as the one mapped: offered for "all sheets at once". */
export interface LembarSejenis extends LembarDipilih {
  readonly nama: string;
  readonly jumlahData: number;
}

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
    read(bytes: Uint8Array, namaBerkas: string): Hasil<RingkasanBerkas> {
      berkas = undefined;
      try {
        berkas = bacaBerkas(bytes, namaBerkas);
      } catch (error) {
        if (error instanceof SpreadsheetRefusedError) return { ok: false, kode: error.kode };
        throw error;
      }
      return { ok: true, nilai: { lembar: berkas.lembar.map((l) => ({ nama: l.nama, jumlahBaris: l.baris.length })), csv: berkas.csv } };
    },

    /** The header row found for this kind (or the one the clerk chose), its headers and a few rows under it. */
    readJudul(indeks: number, jenis: JenisImpor, barisJudul?: number): JudulLembar {
      const l = lembar(indeks);
      const r = barisJudul ?? Math.max(0, cariBarisJudul(l.baris, jenis));
      return { barisJudul: r, judul: judulKolom(l.baris, r), contoh: l.baris.slice(r + 1, r + 6), jumlahData: Math.max(0, l.baris.length - r - 1) };
    },

    /**
     * The sheets of this file laid out like sheet `indeks` with its header at `barisJudul` (the same headers,
     * each sheet's header row found on its own), that one first: an office's workbook with one sheet per
     * cooperative is imported in one preview and one Terapkan.
     */
    listSejenis(indeks: number, jenis: JenisImpor, barisJudul: number): LembarSejenis[] {
      const sidik = sidikTataLetak(jenis, judulKolom(lembar(indeks).baris, barisJudul));
      const out: LembarSejenis[] = [];
      berkas!.lembar.forEach((l, i) => {
        const r = i === indeks ? barisJudul : cariBarisJudul(l.baris, jenis);
        if (r < 0 || sidikTataLetak(jenis, judulKolom(l.baris, r)) !== sidik) return;
        const data = { indeks: i, barisJudul: r, nama: l.nama, jumlahData: Math.max(0, l.baris.length - r - 1) };
        if (i === indeks) out.unshift(data);
        else out.push(data);
      });
      return out;
    },

    /**
     * Every data row below each sheet's header cleaned; blank rows are skipped. With several sheets each row
     * carries its sheet's name. Progress every 2,000 rows, counted over all the sheets.
     */
    async clean(pilihan: readonly LembarDipilih[], konteks: Omit<KonteksBersih, 'namaLembar'>, onProgress?: Progres): Promise<BarisBersih[]> {
      const out: BarisBersih[] = [];
      const total = pilihan.reduce((n, p) => n + Math.max(0, lembar(p.indeks).baris.length - p.barisJudul - 1), 0);
      const banyak = pilihan.length > 1;
      let done = 0;
      for (const { indeks, barisJudul } of pilihan) {
        const l = lembar(indeks);
        const judul = judulKolom(l.baris, barisJudul);
        for (let r = barisJudul + 1; r < l.baris.length; r++) {
          const sel = l.baris[r]!;
          if (++done % PROGRES_SETIAP === 0) await onProgress?.(done, total, 'membersihkan');
          if (sel.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) continue;
          const b = bersihkanBaris(sel, r + 1, { ...konteks, namaLembar: l.nama }, judul);
          out.push(banyak ? { ...b, lembar: l.nama } : b);
        }
      }
      await onProgress?.(total, total, 'membersihkan');
      return out;
    },

    /**
     * The preview: every row of the chosen sheets cleaned, then matched against the records here, each step
     * reporting progress. `judul` names each field's column for the reasons; `sekarang` stamps enrollments a BPJS
     * list moves to terdaftar.
     */
    async check(
      pilihan: readonly LembarDipilih[],
      konteks: Omit<KonteksBersih, 'namaLembar'>,
      judul: Readonly<Record<string, string>>,
      sekarang: string,
      onProgress?: Progres,
    ): Promise<RencanaImpor> {
      const baris = await this.clean(pilihan, konteks, onProgress);
      await onProgress?.(0, baris.length, 'mencocokkan');
      return rencanakanImpor(
        await database(),
        konteks.jenis,
        baris,
        (field) => judul[field] ?? field,
        sekarang,
        onProgress && ((done, total) => void onProgress(done, total, 'mencocokkan')),
      );
    },

    /** The row report: each chosen sheet as it came, with the status and notes of its rows (`hasil` by sheet name when several). */
    writeLaporan(pilihan: readonly LembarDipilih[], hasil: readonly HasilBarisLaporan[], judulTambahan: readonly [string, string]): Uint8Array {
      const sheets: LembarLaporan[] = pilihan.map((p) => ({ nama: lembar(p.indeks).nama, baris: lembar(p.indeks).baris, barisJudul: p.barisJudul }));
      return tulisLaporanBaris(sheets, hasil, judulTambahan);
    },

    writeTemplat(jenis: JenisImpor, teks: TeksTemplat): Promise<Uint8Array> {
      return tulisTemplat(jenis, teks);
    },

    discard(): void {
      berkas = undefined;
    },
  };
}

export type ImporExcelWorkerApi = ReturnType<typeof createImporExcelWorkerApi>;
