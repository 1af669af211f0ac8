/**
 * Reading a NIK (Nomor Induk Kependudukan, docs/domain.md §4): 16 digits = province, kab/kota, kecamatan of first
 * issue, birth date DDMMYY (women DD + 40), serial. The NIK is never corrected, so parsing never rejects what the
 * digits say: an impossible coded date is reported as such (tanggalLahir null), and only the format can fail.
 */

/** What the 16 digits say. Region codes are dotted like the Kemendagri codes used elsewhere ('PP.KK.CC'). */
export interface ParsedNik {
  /** The normalized 16 digits. */
  readonly nik: string;
  readonly provinsiKode: string;
  readonly kabupatenKode: string;
  readonly kecamatanKode: string;
  /** P when the coded day is above 40. */
  readonly jenisKelamin: 'L' | 'P';
  /** ISO date, or null when the coded date does not exist (e.g. day 32, 31 April, 29 Feb of a non-leap year). */
  readonly tanggalLahir: string | null;
  /** The coded date as numbers, the day already without the +40 for women (so 1–31 when possible). */
  readonly kodeTanggal: { readonly day: number; readonly month: number; readonly year2: number };
  /** Digits 13–16, e.g. '0001'. */
  readonly serial: string;
}

const separators = /[\s.\-\u2010-\u2015\u2212]/g;

/**
 * Drops what people type or paste between the digits (spaces incl. non-breaking, dots, dashes) and nothing else,
 * so a stray letter stays and fails the 16-digit check instead of being silently removed.
 */
export function normalizeNik(raw: string): string {
  return raw.replace(separators, '');
}

/** The only hard rule of a NIK: 16 digits once separators are dropped. Everything else is a warning. */
export function isNikFormatValid(nik: string): boolean {
  return /^\d{16}$/.test(normalizeNik(nik));
}

/**
 * Splits a NIK into its parts, or null when it is not 16 digits. The two-digit year is 20YY unless that date would
 * be after `today` (ISO YYYY-MM-DD), then 19YY; a birth date equal to today stays 20YY.
 */
export function parseNik(raw: string, today: string): ParsedNik | null {
  const nik = normalizeNik(raw);
  if (!/^\d{16}$/.test(nik)) return null;
  const codedDay = Number(nik.slice(6, 8));
  const jenisKelamin = codedDay > 40 ? 'P' : 'L';
  const day = jenisKelamin === 'P' ? codedDay - 40 : codedDay;
  const month = Number(nik.slice(8, 10));
  const year2 = Number(nik.slice(10, 12));
  const year = resolveYear(day, month, year2, today);
  return {
    nik,
    provinsiKode: nik.slice(0, 2),
    kabupatenKode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}`,
    kecamatanKode: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`,
    jenisKelamin,
    tanggalLahir: day >= 1 && day <= daysInMonth(year, month) ? isoDate(year, month, day) : null,
    kodeTanggal: { day, month, year2 },
    serial: nik.slice(12, 16),
  };
}

/**
 * What the form may fill in from the NIK when the officer left the field empty: the sex always, the birth date only
 * when the coded date exists. The caller decides which empty fields to fill and marks them 'Diisi dari NIK'.
 */
export function nikAutofill(parsed: ParsedNik): { tanggalLahir?: string; jenisKelamin: 'L' | 'P' } {
  return parsed.tanggalLahir === null ? { jenisKelamin: parsed.jenisKelamin } : { tanggalLahir: parsed.tanggalLahir, jenisKelamin: parsed.jenisKelamin };
}

/**
 * 20YY unless the date would lie after today. When day or month are out of range there is no date to compare, so
 * the year alone decides. ISO strings compare correctly as text, even for a non-existent day such as 2026-02-29.
 */
function resolveYear(day: number, month: number, year2: number, today: string): number {
  const century2000 = 2000 + year2;
  const inRange = day >= 1 && day <= 31 && month >= 1 && month <= 12;
  const future = inRange ? isoDate(century2000, month, day) > today : century2000 > Number(today.slice(0, 4));
  return future ? century2000 - 100 : century2000;
}

function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const isoDate = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
