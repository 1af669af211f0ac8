import i18next from 'i18next';
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { KopSurat } from '../shared/settings/pengaturan-dokumen';
import { KopSuratView } from '../renderer/features/cetak/kop-surat';
import { DaftarHadirDokumen } from '../renderer/features/dokumen/daftar-hadir-dokumen';
import { zonaWaktu } from '../shared/region/zona-waktu';
import { initI18n } from '../renderer/i18n/i18n';
import { daftarHadirRows, type DaftarHadirInput } from './daftar-hadir-rows';
import '../renderer/styles/app.css';
import '../renderer/styles/print.css';

/** A letterhead like the one an office's profile gives (kopSuratBawaan): the sheet's first page carries it. */
const KOP: KopSurat = {
  logo: '',
  baris: [
    'PEMERINTAH KOTA TANGERANG SELATAN',
    'DINAS KOPERASI DAN USAHA KECIL DAN MENENGAH',
    'Jl. Maruga Raya No. 1, Serua, Ciputat, Kota Tangerang Selatan, Banten 15414',
    'Telepon (021) 7490000, Pos-el diskopukm@tangerangselatankota.go.id',
  ],
};

/**
 * The daftar hadir PDF bench page: the app's own document component (DaftarHadirDokumen) with its letterhead,
 * styled by the app's stylesheets (app.css, print.css and the documents' dokumen.css) and worded by its i18n, in
 * the preview's markup (`.dokumen-meja` > `article.dokumen`). scripts/bench-pdf.mjs calls render() and then prints
 * the page with page.pdf(), as Electron's printToPDF prints the preview window.
 */
async function render(input: DaftarHadirInput): Promise<{ renderMs: number; rows: number }> {
  const t = i18next.getFixedT('id');
  const baris = daftarHadirRows(input, (p) => t(`peran.options.peran.${p}`));
  const kegiatan = {
    judul: 'Sosialisasi Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pengurus dan Pengelola Koperasi',
    tanggal: '2026-11-21',
    jamMulai: '08:30',
    jamSelesai: '12:00',
    tempat: 'Aula Gedung Pusat Pemerintahan',
    alamatTempat: 'Jl. Maruga Raya No. 1, Ciputat',
  };
  const root = createRoot(document.getElementById('root')!);
  const started = performance.now();
  flushSync(() =>
    root.render(
      h(
        'section',
        { className: 'dokumen-preview' },
        h(
          'div',
          { className: 'dokumen-meja' },
          h(
            'article',
            { className: 'dokumen', 'aria-label': kegiatan.judul },
            h(DaftarHadirDokumen, { kegiatan, baris, zona: zonaWaktu('36').singkatan, kop: h(KopSuratView, { kopSurat: KOP }) }),
          ),
        ),
      ),
    ),
  );
  await document.fonts.ready;
  // Layout of the whole table: what the preview costs before the officer can press Simpan PDF.
  document.querySelector('.dok-daftar-hadir tbody tr:last-child')?.getBoundingClientRect();
  const renderMs = performance.now() - started;
  const shown = document.querySelectorAll('.dok-daftar-hadir tbody tr').length;
  if (shown !== baris.length) throw new Error(`daftar hadir bench: ${shown} rows on the page, ${baris.length} built`);
  return { renderMs, rows: shown };
}

declare global {
  interface Window {
    kopDaftarHadir?: { render(input: DaftarHadirInput): Promise<{ renderMs: number; rows: number }> };
  }
}

await initI18n('id');
window.kopDaftarHadir = { render };
document.body.dataset.ready = 'true';
