import { teksSel, type HasilBersih, type SelMentah } from './masalah-sel';

const BULAN: Readonly<Record<string, number>> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  peb: 2,
  pebruari: 2,
  mar: 3,
  maret: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  agustus: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  nop: 11,
  november: 11,
  nopember: 11,
  des: 12,
  desember: 12,
  dec: 12,
  december: 12,
};

/** Day 0 of Excel's 1900 date system as JavaScript counts it (Excel's phantom 29 Feb 1900 is before any real date here). */
const EPOCH_EXCEL = Date.UTC(1899, 11, 30);

/**
 * A calendar date from a cell, as offices write them: an Excel date (a serial number under a date format),
 * `16-03-2021`, `16/3/21`, `16.03.2021`, `2021-03-16`, `16 Maret 2021`, `16-Mar-21`. Day first, always: that is
 * how Indonesia writes dates. A two-digit year is 20YY unless that is after `hariIni`, then 19YY (birth dates).
 * Anything else, or a date that does not exist, is an error beside the cell: never a guess.
 */
export function bersihkanTanggal(sel: SelMentah, hariIni: string): HasilBersih<string> {
  if (sel === null || sel === '') return { nilai: '' };
  if (typeof sel === 'number') {
    if (sel < 1 || sel > 2_958_465) return gagal(sel);
    const d = new Date(EPOCH_EXCEL + Math.floor(sel) * 86_400_000);
    return { nilai: d.toISOString().slice(0, 10) };
  }
  const teks = String(sel).trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t].*)?$/.exec(teks);
  if (m) return tanggal(Number(m[1]), Number(m[2]), Number(m[3]), sel);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(teks);
  if (m) return tanggal(tahun(m[3]!, hariIni), Number(m[2]), Number(m[1]), sel);
  m = /^(?:[a-z]+,? )?(\d{1,2})[ -]([a-z]+)\.?[ -](\d{2}|\d{4})$/.exec(teks);
  if (m && BULAN[m[2]!] !== undefined) return tanggal(tahun(m[3]!, hariIni), BULAN[m[2]!]!, Number(m[1]), sel);
  return gagal(sel);
}

function tahun(t: string, hariIni: string): number {
  if (t.length === 4) return Number(t);
  const abad = Number(hariIni.slice(0, 2)) * 100;
  const y = abad + Number(t);
  return y > Number(hariIni.slice(0, 4)) ? y - 100 : y;
}

function tanggal(y: number, m: number, d: number, sel: SelMentah): HasilBersih<string> {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return gagal(sel);
  return { nilai: date.toISOString().slice(0, 10) };
}

const gagal = (sel: SelMentah): HasilBersih<string> => ({ nilai: undefined, masalah: { tingkat: 'galat', kode: 'tanggal', nilai: teksSel(sel) } });
