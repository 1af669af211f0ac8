import { openKopLindungDb } from '../../db/database';
import { buatLaporanPusat, type TujuanLaporan } from './buat-laporan-pusat';
import type { JawabanLaporan, PermintaanLaporan } from './pesan-laporan-pusat';

/** The parts of a dedicated worker's global scope this file uses (renderer/ compiles with the DOM's types). */
interface CakupanWorker {
  onmessage: ((event: MessageEvent<PermintaanLaporan>) => void) | null;
  postMessage(message: JawabanLaporan): void;
}

const cakupan = self as unknown as CakupanWorker;

/** The answer to the last `mulai` or `baris`, awaited before anything more is sent. */
let menunggu: ((lanjut: boolean) => void) | null = null;
const tanya = (pesan: JawabanLaporan) =>
  new Promise<boolean>((resolve) => {
    menunggu = resolve;
    cakupan.postMessage(pesan);
  });

/** Frames and rows go to the UI thread, which hands them to main (window.desktop exists only there). */
const tujuan: TujuanLaporan = {
  mulai: (awal) => tanya({ jenis: 'mulai', awal }),
  tambah: async (lembar, baris, tebal) => {
    if (!(await tanya({ jenis: 'baris', lembar, baris, tebal }))) throw new Error('stopped by the page');
  },
};

/**
 * The central office workbook, read and arranged off the UI thread; main writes the file as the rows arrive
 * (docs/laporan-pusat.md). One Worker per workbook, ended by the UI when it answers, so what it read goes back at
 * once. It opens the app's database by name, as the UI did.
 */
cakupan.onmessage = ({ data }) => {
  if (data.jenis === 'lanjut') {
    const resolve = menunggu;
    menunggu = null;
    resolve?.(data.lanjut);
    return;
  }
  void (async () => {
    const db = await openKopLindungDb();
    try {
      const hasil = await buatLaporanPusat(db, data.kepala, tujuan, (progres) => cakupan.postMessage({ jenis: 'progres', progres }));
      cakupan.postMessage({ jenis: 'selesai', hasil });
    } finally {
      db.close();
    }
  })().catch((error: unknown) => cakupan.postMessage({ jenis: 'gagal', pesan: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }));
};
