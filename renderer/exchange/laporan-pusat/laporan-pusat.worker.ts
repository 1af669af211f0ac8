import { openKopLindungDb } from '../../db/database';
import { buatLaporanPusat } from './buat-laporan-pusat';
import type { JawabanLaporan, PermintaanLaporan } from './pesan-laporan-pusat';

/** The parts of a dedicated worker's global scope this file uses (renderer/ compiles with the DOM's types). */
interface CakupanWorker {
  onmessage: ((event: MessageEvent<PermintaanLaporan>) => void) | null;
  postMessage(message: JawabanLaporan, transfer?: Transferable[]): void;
}

const cakupan = self as unknown as CakupanWorker;

/**
 * The central office workbook, made off the UI thread: at district size ExcelJS holds every cell in memory and
 * writes for tens of seconds (docs/laporan-pusat.md). One Worker per workbook, ended by the UI when it answers,
 * so the gigabyte or so it used goes back at once. It opens the app's database by name, as the UI did.
 */
cakupan.onmessage = ({ data }) => {
  void (async () => {
    const db = await openKopLindungDb();
    try {
      const hasil = await buatLaporanPusat(db, data.kepala, (progres) => cakupan.postMessage({ jenis: 'progres', progres }));
      cakupan.postMessage({ jenis: 'selesai', hasil }, [hasil.bytes.buffer as ArrayBuffer]);
    } finally {
      db.close();
    }
  })().catch((error: unknown) => cakupan.postMessage({ jenis: 'gagal', pesan: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }));
};
