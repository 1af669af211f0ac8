/**
 * Main's half of the Laporan Pusat alone, at district size, without a browser: drives createWorkbookStreams (the same
 * writer the handlers use) with the Peserta sheet's 17 columns in chunks of 500 rows, as the renderer sends them,
 * and reports wall and CPU time (CPU is the steadier figure on a busy machine), file size and Node's memory:
 * heapUsed (the bench's "main heap" reads the same of its writer thread, which also parses and checks each message)
 * and rss, external and arrayBuffers (Buffers, the zip's queued chunks among them, live outside the JS heap).
 *
 *   node --expose-gc --import tsx scripts/measure-workbook-stream.mjs [rows=152000] [rows per chunk=500]
 *
 * A dev tool for docs/laporan-pusat.md's figures; not part of the test run.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbookStreams } from '../electron/main/files/workbook-stream.ts';

const ROWS = Number(process.argv[2] ?? 152_000);
const CHUNK = Number(process.argv[3] ?? 500);
const MB = 1024 * 1024;

const kolom = [
  ['No', 7, 'bilangan'],
  ['NIK', 19],
  ['Nama', 30],
  ['Jenis Kelamin', 12],
  ['Tanggal Lahir', 18, 'tanggal'],
  ['Kecamatan Domisili', 18],
  ['Koperasi', 36],
  ['Nomor Induk Koperasi', 20],
  ['Kategori', 26],
  ['Program', 22],
  ['Upah/Penghasilan per Bulan', 16, 'rupiah'],
  ['Tanggal Efektif', 18, 'tanggal'],
  ['Status', 16],
  ['Status Sejak', 18, 'tanggal'],
  ['KPJ', 14],
  ['Alasan Ditolak', 30],
  ['Tanggal Persetujuan', 18, 'tanggal'],
].map(([judul, lebar, format]) => (format ? { judul, lebar, format } : { judul, lebar }));

const namaDepan = ['Siti', 'Budi', 'Dewi', 'Agus', 'Rina', 'Joko', 'Ani', 'Rudi', 'Wati', 'Hendra'];
const namaBelakang = ['Lestari', 'Santoso', 'Wijaya', 'Kurniawan', 'Rahmawati', 'Saputra', 'Hidayat', 'Pratama'];
const kecamatan = ['Serpong', 'Serpong Utara', 'Ciputat', 'Ciputat Timur', 'Pamulang', 'Pondok Aren', 'Setu'];
const hari = (i) => ({ tanggal: Date.UTC(1970 + (i % 40), i % 12, 1 + (i % 28)) });

/** One enrollment row as lembarPeserta writes it, varied so the zip cannot shrink it to nothing. */
const baris = (i) => [
  i + 1,
  `3674${String(i % 100).padStart(2, '0')}••••••${String(i % 10_000).padStart(4, '0')}`,
  `${namaDepan[i % namaDepan.length]} ${namaBelakang[(i * 7) % namaBelakang.length]} ${i}`,
  i % 2 ? 'Laki-laki' : 'Perempuan',
  hari(i),
  kecamatan[i % kecamatan.length],
  `Koperasi Simpan Pinjam Sejahtera ${Math.floor(i / 75)}`,
  `3674${String(Math.floor(i / 75)).padStart(12, '0')}`,
  i % 3 ? 'PU — Penerima Upah' : 'BPU — Bukan Penerima Upah',
  i % 4 ? 'JKK, JKM' : 'JKK, JKM, JHT',
  i % 5 ? 4_500_000 + (i % 1000) * 1000 : null,
  hari(i + 7),
  i % 6 ? 'Terdaftar' : 'Diajukan',
  hari(i + 11),
  i % 6 ? `${String(26_000_000_000 + i)}` : '',
  i % 97 ? '' : 'NIK tidak cocok dengan data Dukcapil',
  hari(i + 13),
];

const sheets = [
  {
    nama: 'Peserta',
    kolom,
    pembuka: [['Laporan Pusat — Peserta'], ['Tanggal', { tanggal: Date.UTC(2026, 11, 6) }]],
    penutup: [['Catatan: NIK disamarkan.']],
  },
];

const dir = mkdtempSync(join(tmpdir(), 'measure-workbook-'));
const streams = createWorkbookStreams({ showSaveDialog: async () => join(dir, 'laporan'), confirmOverwrite: async () => true });

globalThis.gc?.();
const base = process.memoryUsage();
const peak = { heapUsed: 0, rss: 0, external: 0, arrayBuffers: 0 };
const note = () => {
  const m = process.memoryUsage();
  for (const k of Object.keys(peak)) peak[k] = Math.max(peak[k], m[k] - base[k]);
};
const timer = setInterval(note, 50);

const cpu0 = process.cpuUsage();
const started = performance.now();
const begun = await streams.begin({ suggestedName: 'laporan', judul: 'Laporan Pusat', dibuat: Date.now(), sheets }, 'id');
if (!begun.started) throw new Error('not started');
let appendMs = 0;
for (let i = 0; i < ROWS; i += CHUNK) {
  const rows = Array.from({ length: Math.min(CHUNK, ROWS - i) }, (_, j) => baris(i + j));
  const t = performance.now();
  await streams.append({ id: begun.id, sheet: 0, rows });
  appendMs += performance.now() - t;
  note();
  // The next chunk arrives as another IPC message: a macrotask later, as it would in Electron.
  await new Promise((resolve) => setImmediate(resolve));
}
const tAppended = performance.now();
const outcome = await streams.finish(begun.id);
const totalMs = performance.now() - started;
const finishMs = performance.now() - tAppended;
const cpu = process.cpuUsage(cpu0);
note();
clearInterval(timer);
if (!outcome.saved) throw new Error('not saved');
const bytes = statSync(outcome.filePath).size;
rmSync(dir, { recursive: true, force: true });

const f = (b) => `${(b / MB).toFixed(1)} MB`;
console.log(
  `${ROWS} rows × ${kolom.length} columns: ${(totalMs / 1000).toFixed(1)} s (appends ${(appendMs / 1000).toFixed(1)} s, ` +
    `finish ${(finishMs / 1000).toFixed(1)} s; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, zlib's threads included), file ${(bytes / 1e6).toFixed(1)} MB; ` +
    `peak growth: heapUsed +${f(peak.heapUsed)}, rss +${f(peak.rss)}, external +${f(peak.external)}, arrayBuffers +${f(peak.arrayBuffers)}`,
);
