import { formatTanggal } from './format-date';
import { hurufAwalBesar, terbilang } from './terbilang';

/** A date as the opening of a berita acara writes it: each part in words, and the date in figures after it. */
export interface TanggalTerbilang {
  /** "Selasa" */
  readonly hari: string;
  /** "Enam Belas" */
  readonly tanggal: string;
  /** "Maret" */
  readonly bulan: string;
  /** "Dua Ribu Dua Puluh Satu" */
  readonly tahun: string;
  /**
   * "16 Maret 2021": the date in figures, written by formatTanggal like the signature's date on the same page, so
   * the document has one date style (a "(04-12-2026)" above "4 Desember 2026" reads as two).
   */
  readonly angka: string;
}

const hariFormat = new Intl.DateTimeFormat('id-ID', { weekday: 'long', timeZone: 'UTC' });
const bulanFormat = new Intl.DateTimeFormat('id-ID', { month: 'long', timeZone: 'UTC' });

/**
 * "Pada hari ini, Selasa tanggal Enam Belas bulan Maret tahun Dua Ribu Dua Puluh Satu (16 Maret 2021)"
 * (docs/domain.md §5): the parts of an ISO calendar date, never shifted by a time zone. Day and month names come
 * from Intl, as in formatTanggal, so the document and the rest of the app name them alike. Null for anything that
 * is not a date.
 */
export function tanggalTerbilang(isoDate: string): TanggalTerbilang | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  const [, y = '', , d = ''] = match;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) return null;
  return {
    hari: hariFormat.format(date),
    tanggal: hurufAwalBesar(terbilang(Number(d))),
    bulan: bulanFormat.format(date),
    tahun: hurufAwalBesar(terbilang(Number(y))),
    angka: formatTanggal(isoDate, 'id'),
  };
}
