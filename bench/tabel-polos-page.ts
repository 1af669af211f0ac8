import { id } from '../renderer/i18n/id';
import { daftarHadirRows, type DaftarHadirInput } from './daftar-hadir-rows';

const HEADER = ['No', 'Nama', 'Koperasi/Instansi', 'Jabatan', 'No. HP', 'Tanda Tangan'];

/**
 * The PDF bench's baseline page: the same rows as the daftar hadir, as a bare HTML table with no stylesheet and no
 * framework, built with DOM calls and printed the same way. What printing 500 rows costs Chromium by itself.
 */
function render(input: DaftarHadirInput): Promise<{ renderMs: number; rows: number }> {
  const baris = daftarHadirRows(input, (p) => id.peran.options.peran[p]);
  const started = performance.now();
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const label of HEADER) head.appendChild(document.createElement('th')).textContent = label;
  const body = table.createTBody();
  for (const r of baris) {
    const row = body.insertRow();
    for (const value of [String(r.nomor), r.nama, r.koperasi, r.jabatan, r.telepon, `${r.nomor}. ..........`]) row.insertCell().textContent = value;
  }
  document.body.appendChild(table);
  body.lastElementChild?.getBoundingClientRect();
  return Promise.resolve({ renderMs: performance.now() - started, rows: body.rows.length });
}

declare global {
  interface Window {
    kopTabelPolos?: { render(input: DaftarHadirInput): Promise<{ renderMs: number; rows: number }> };
  }
}

window.kopTabelPolos = { render };
document.body.dataset.ready = 'true';
