import { formatTanggal, formatWaktu, tanggalDari } from '../format/format-date';

/**
 * Remembers what was written for each input: a district's workbook writes a few thousand distinct dates hundreds of
 * thousands of times. Emptied when it grows large, so inputs that never repeat cannot fill memory.
 */
function ingat(tulis: (input: string) => string): (input: string) => string {
  const sudah = new Map<string, string>();
  return (input) => {
    let out = sudah.get(input);
    if (out === undefined) {
      if (sudah.size >= 20_000) sudah.clear();
      sudah.set(input, (out = tulis(input)));
    }
    return out;
  };
}

/** A calendar date (YYYY-MM-DD) as the official style writes it ("16 Maret 2021"); empty stays empty. */
export const selTanggal = ingat((iso) => (iso ? formatTanggal(iso, 'id') : ''));

/** The calendar day of a moment (a status change, a consent) on this laptop, written as selTanggal does. */
export const selTanggalDari = (isoTimestamp: string): string => selTanggal(tanggalDari(isoTimestamp));

/** A moment in WIB ("21 November 2026 pukul 09.05"), from a check-in time with any UTC offset. */
export const selWaktu = (isoTimestamp: string): string => formatWaktu(isoTimestamp, 'id');

/** Yes/no as the forms write it. */
export const selYaTidak = (nilai: boolean): string => (nilai ? 'Ya' : 'Tidak');
