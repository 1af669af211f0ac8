import type { KepalaLaporan } from '../../../shared/laporan-pusat/data-laporan';
import type { HasilLaporan, ProgresLaporan } from './buat-laporan-pusat';
import type { JawabanLaporan, PermintaanLaporan } from './pesan-laporan-pusat';

/** The report's Worker failed; `message` is for the developer's console, the UI words it itself. */
export class LaporanGagalError extends Error {
  override readonly name = 'LaporanGagalError';
}

/**
 * Makes the central office workbook in a module Worker (laporan-pusat.worker.ts, bundled by Vite as its own file,
 * so ExcelJS loads only then and the page's CSP, script-src 'self', allows it), passing progress on. The Worker
 * is ended as soon as it answers, or at once when `signal` aborts (the officer left the page).
 */
export function jalankanLaporanPusat(kepala: KepalaLaporan, onProgress: (p: ProgresLaporan) => void, signal?: AbortSignal): Promise<HasilLaporan> {
  const worker = new Worker(new URL('./laporan-pusat.worker.ts', import.meta.url), { type: 'module', name: 'laporan-pusat' });
  return new Promise<HasilLaporan>((resolve, reject) => {
    const selesai = (then: () => void) => {
      worker.terminate();
      then();
    };
    worker.onmessage = ({ data }: MessageEvent<JawabanLaporan>) => {
      switch (data.jenis) {
        case 'progres': return onProgress(data.progres);
        case 'selesai': return selesai(() => resolve(data.hasil));
        case 'gagal': return selesai(() => reject(new LaporanGagalError(data.pesan)));
      }
    };
    worker.onerror = (event) => selesai(() => reject(new LaporanGagalError(event.message || 'worker error')));
    worker.onmessageerror = () => selesai(() => reject(new LaporanGagalError('unreadable worker message')));
    signal?.addEventListener('abort', () => selesai(() => reject(new LaporanGagalError('aborted'))), { once: true });
    const permintaan: PermintaanLaporan = { kepala };
    worker.postMessage(permintaan);
  });
}
