import type { AppendRowsRequest } from '../shared/ipc/workbook-stream';
import type { KepalaLaporan } from '../shared/laporan-pusat/data-laporan';
import { buatLaporanPusat, type ProgresLaporan, type TujuanLaporan } from '../renderer/exchange/laporan-pusat/buat-laporan-pusat';
import type { LaporanPusatOutput } from './bench-types';
import type { DistrictLoad } from './district-load-bench';
import { usedHeapMB } from './timing-stats';

/** Targets of issue 16 §6: the whole workbook at district size within 30 s and 300 MB of heap. */
export const LAPORAN_PUSAT_TARGET = { ms: 30_000, heapMB: 300 } as const;

const kepala: KepalaLaporan = {
  namaKantor: 'Dinas Koperasi dan UKM',
  provinsiNama: 'Banten',
  kabupatenKode: '36.74',
  kabupatenNama: 'Kota Tangerang Selatan',
  tanggal: '2026-12-06',
  dibuatOleh: 'Bench',
  nomorEkspor: 1,
  nikLengkap: false,
};

/**
 * The central office workbook of the district database through the app's own code (buatLaporanPusat, the same
 * chunks), with main's streaming writer bound by scripts/bench.mjs (the same createWorkbookStreams the handlers use,
 * on a Node worker thread of its own, writing to a temporary folder; each chunk crosses as one JSON string, standing
 * in for Electron's IPC). Run on the page's thread rather than in the report's Worker, so performance.memory sees
 * the heap it uses; the page's peak is sampled at every chunk and every 100 ms, less the heap before it started (the
 * bench page holds the district's samples), and main's peak (the writer thread's heap) comes back from bench.mjs.
 * The heap before is taken after a collection: with earlier sections' garbage in it (506 MB in one full run), the
 * peak never rose above it and the page's share read as nothing.
 */
export async function laporanPusatBench(load: DistrictLoad): Promise<LaporanPusatOutput | null> {
  const { kopBenchWorkbookBegin: begin, kopBenchWorkbookAppend: append, kopBenchWorkbookFinish: finish } = window;
  if (!begin || !append || !finish) return null;
  const stream = { begin, append, finish };
  await window.kopBenchCollectGarbage?.();
  const before = usedHeapMB();
  let peak = before ?? 0;
  const note = () => {
    const mb = usedHeapMB();
    if (mb !== null) peak = Math.max(peak, mb);
  };
  const timer = setInterval(note, 100);
  let id: string | null = null;
  const tujuan: TujuanLaporan = {
    mulai: async (awal) => {
      note();
      id = await stream.begin({ judul: awal.judul, sheets: awal.lembar });
      return true;
    },
    tambah: async (lembar, rows, tebal) => {
      note();
      const request: AppendRowsRequest = { id: id!, sheet: lembar, rows, tebal };
      await stream.append(JSON.stringify(request));
    },
  };
  let tahap: ProgresLaporan['tahap'] | null = null;
  const started = performance.now();
  try {
    const hasil = await buatLaporanPusat(load.db, kepala, tujuan, (p) => {
      if (p.tahap !== tahap) note();
      tahap = p.tahap;
    });
    const finished = await stream.finish(id!);
    const totalMs = performance.now() - started;
    if (!hasil.tersimpan) throw new Error('the bench workbook was not saved');
    note();
    const out: LaporanPusatOutput = {
      totalMs,
      ...hasil.waktu,
      rows: hasil.jumlah,
      bytes: finished.bytes,
      pageHeapBeforeMB: before,
      pageHeapPeakMB: before === null ? null : peak,
      mainHeapPeakMB: finished.mainHeapPeakMB,
      target: LAPORAN_PUSAT_TARGET,
    };
    console.info(
      `bench: Laporan Pusat of the district database: ${(totalMs / 1000).toFixed(1)} s (read ${(hasil.waktu.baca / 1000).toFixed(1)} s, arrange ${(hasil.waktu.susun / 1000).toFixed(1)} s, rows to main ${(hasil.waktu.tulis / 1000).toFixed(1)} s), ${(finished.bytes / 1e6).toFixed(1)} MB, page heap ${before?.toFixed(0)} → peak ${peak.toFixed(0)} MB, main heap peak +${finished.mainHeapPeakMB.toFixed(0)} MB`,
    );
    return out;
  } finally {
    clearInterval(timer);
  }
}
