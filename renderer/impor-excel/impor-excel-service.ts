import { proxy, wrap, type Remote } from 'comlink';
import type { KonteksBersih } from '../../shared/impor-excel/bersihkan-baris';
import type { JenisImpor } from '../../shared/impor-excel/kolom-impor';
import type { RencanaImpor } from '../db/impor-excel/rencana-impor';
import { desktop, unwrap } from '../desktop';
import { BATAS_BERKAS } from './batas-berkas';
import { SpreadsheetRefusedError } from './spreadsheet-refused-error';
import type { Hasil, ImporExcelWorkerApi, JudulLembar, LembarDipilih, LembarSejenis, Progres, RingkasanBerkas } from './impor-excel-worker-api';
import type { HasilBarisLaporan } from './tulis-laporan-baris';
import type { TeksTemplat } from './tulis-templat';

export interface BerkasExcel {
  readonly namaBerkas: string;
  readonly ringkasan: RingkasanBerkas;
}

/** The work was cancelled by the officer (Batal): the worker was ended, nothing was written. */
export class ImporCancelledError extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImporCancelledError';
  }
}

/**
 * The import wizard's side of the worker: the open dialog through main, then reading, cleaning and matching in a
 * Web Worker.
 * `cancel` ends the worker at once (reading a big workbook is one long call that cannot be interrupted otherwise);
 * the next call starts a fresh one, which then has no file, so the wizard starts over.
 */
export class ImporExcelService {
  private worker: Worker | undefined;
  private remote: Remote<ImporExcelWorkerApi> | undefined;
  private tolakBerjalan: ((error: Error) => void) | undefined;

  constructor(
    private readonly buatWorker: () => Worker = () => new Worker(new URL('./impor-excel.worker.ts', import.meta.url), { type: 'module', name: 'impor-excel' }),
  ) {}

  private get api(): Remote<ImporExcelWorkerApi> {
    if (!this.remote) {
      this.worker = this.buatWorker();
      this.remote = wrap<ImporExcelWorkerApi>(this.worker);
    }
    return this.remote;
  }

  /** Runs one worker call so that `cancel` makes it reject at once. */
  private jalankan<T>(kerja: (api: Remote<ImporExcelWorkerApi>) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.tolakBerjalan = reject;
      kerja(this.api)
        .then(resolve, reject)
        .finally(() => {
          if (this.tolakBerjalan === reject) this.tolakBerjalan = undefined;
        });
    });
  }

  /** The open dialog, then the file read in the worker. undefined when the officer cancelled the dialog. */
  async pickFile(): Promise<BerkasExcel | undefined> {
    const opened = await unwrap(desktop().files.openFile({ kind: 'spreadsheet', maxBytes: BATAS_BERKAS.byte }));
    if (!opened.opened) return undefined;
    const hasil: Hasil<RingkasanBerkas> = await this.jalankan((api) => api.read(opened.bytes, opened.fileName) as Promise<Hasil<RingkasanBerkas>>);
    if (!hasil.ok) throw new SpreadsheetRefusedError(hasil.kode);
    return { namaBerkas: opened.fileName, ringkasan: hasil.nilai };
  }

  readJudul(indeks: number, jenis: JenisImpor, barisJudul?: number): Promise<JudulLembar> {
    return this.jalankan((api) => api.readJudul(indeks, jenis, barisJudul));
  }

  /** The file's sheets with the same columns as this one (this one first). */
  listSejenis(indeks: number, jenis: JenisImpor, barisJudul: number): Promise<LembarSejenis[]> {
    return this.jalankan((api) => api.listSejenis(indeks, jenis, barisJudul));
  }

  /** Cleans and matches every row of the chosen sheets in the worker, with progress: the preview's plan, nothing written. */
  check(
    pilihan: readonly LembarDipilih[],
    konteks: Omit<KonteksBersih, 'namaLembar'>,
    judul: Readonly<Record<string, string>>,
    onProgress: Progres,
  ): Promise<RencanaImpor> {
    return this.jalankan((api) => api.check(pilihan, konteks, judul, new Date().toISOString(), proxy(onProgress)));
  }

  /** Saves the row report next to where the officer chooses. false when they cancelled the dialog. */
  async saveLaporan(
    pilihan: readonly LembarDipilih[],
    hasil: readonly HasilBarisLaporan[],
    judulTambahan: readonly [string, string],
    namaBerkas: string,
  ): Promise<boolean> {
    const bytes = await this.jalankan((api) => api.writeLaporan(pilihan, hasil, judulTambahan));
    const saved = await unwrap(desktop().files.saveBytes({ kind: 'workbook', suggestedName: namaBerkas, bytes }));
    return saved.saved;
  }

  async saveTemplat(jenis: JenisImpor, teks: TeksTemplat, namaBerkas: string): Promise<boolean> {
    const bytes = await this.jalankan((api) => api.writeTemplat(jenis, teks));
    const saved = await unwrap(desktop().files.saveBytes({ kind: 'workbook', suggestedName: namaBerkas, bytes }));
    return saved.saved;
  }

  /** Ends the worker and whatever it was doing (Batal), and drops the file's cells from memory. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.remote = undefined;
    this.tolakBerjalan?.(new ImporCancelledError());
    this.tolakBerjalan = undefined;
  }
}
