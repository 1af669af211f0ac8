import type { KepalaLaporan } from '../../../shared/laporan-pusat/data-laporan';
import type { HasilLaporan, ProgresLaporan, TujuanLaporan } from './buat-laporan-pusat';
import type { JawabanLaporan, PermintaanLaporan } from './pesan-laporan-pusat';

/** The report's Worker failed; `message` is for the developer's console, the UI words it itself. */
export class LaporanFailedError extends Error {
  override readonly name = 'LaporanFailedError';
}

/**
 * Makes the central office workbook in a module Worker (laporan-pusat.worker.ts, bundled by Vite as its own file),
 * passing progress on and handing the sheets' frames and each chunk of rows to `tujuan` (main's streaming writer),
 * then telling the Worker to go on. A failure of `tujuan` (a full disk) rejects as itself, so the UI can word it.
 * The Worker is ended as soon as it answers, or at once when `signal` aborts (the officer left the page).
 */
export function jalankanLaporanPusat(
  kepala: KepalaLaporan,
  tujuan: TujuanLaporan,
  onProgress: (p: ProgresLaporan) => void,
  signal?: AbortSignal,
): Promise<HasilLaporan> {
  const worker = new Worker(new URL('./laporan-pusat.worker.ts', import.meta.url), { type: 'module', name: 'laporan-pusat' });
  const kirim = (pesan: PermintaanLaporan) => worker.postMessage(pesan);
  return new Promise<HasilLaporan>((resolve, reject) => {
    let selesai = false;
    const akhiri = (then: () => void) => {
      if (selesai) return;
      selesai = true;
      worker.terminate();
      then();
    };
    const teruskan = (langkah: Promise<boolean>) => {
      langkah.then(
        (lanjut) => {
          if (selesai) return;
          if (lanjut) kirim({ jenis: 'lanjut', lanjut });
          else akhiri(() => resolve({ tersimpan: false }));
        },
        (error: unknown) => akhiri(() => reject(error)),
      );
    };
    worker.onmessage = ({ data }: MessageEvent<JawabanLaporan>) => {
      switch (data.jenis) {
        case 'progres':
          return onProgress(data.progres);
        case 'mulai':
          return teruskan(tujuan.mulai(data.awal));
        case 'baris':
          return teruskan(tujuan.tambah(data.lembar, data.baris, data.tebal).then(() => true));
        case 'selesai':
          return akhiri(() => resolve(data.hasil));
        case 'gagal':
          return akhiri(() => reject(new LaporanFailedError(data.pesan)));
      }
    };
    worker.onerror = (event) => akhiri(() => reject(new LaporanFailedError(event.message || 'worker error')));
    worker.onmessageerror = () => akhiri(() => reject(new LaporanFailedError('unreadable worker message')));
    signal?.addEventListener('abort', () => akhiri(() => reject(new LaporanFailedError('aborted'))), { once: true });
    kirim({ jenis: 'buat', kepala });
  });
}
