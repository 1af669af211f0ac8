import { tanggalDari } from '../format/format-date';

/** WIB is UTC+7 all year (Indonesia keeps no daylight saving), so a fixed offset is exact. */
const WIB_MS = 7 * 60 * 60 * 1000;

/**
 * A calendar date (YYYY-MM-DD) as a date cell: the central office sorts and filters the workbook by date, which text
 * such as "16 Maret 2021" does not allow. The Date is midnight UTC of that day, which is how a spreadsheet's date
 * serial is written (it has no time zone), so the cell shows exactly that day. Empty stays empty; text that is not a
 * date is kept as written rather than lost.
 */
export function selTanggal(iso: string): Date | string | null {
  if (!iso) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00.000Z`) : null;
  return date && !Number.isNaN(date.getTime()) ? date : iso;
}

/** The calendar day of a moment (a status change, a consent) on this laptop, as a date cell like selTanggal. */
export const selTanggalDari = (isoTimestamp: string): Date | string | null => selTanggal(tanggalDari(isoTimestamp));

/**
 * A moment (a check-in, with any UTC offset, or an HLC stamp) as a date-and-time cell showing the WIB wall-clock
 * time: a spreadsheet's time has no zone, so the Date carries WIB's hours as if they were UTC's.
 */
export function selWaktu(isoTimestamp: string): Date | string | null {
  if (!isoTimestamp) return null;
  const hlcTime = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-/.exec(isoTimestamp)?.[1];
  const date = new Date(hlcTime ?? isoTimestamp);
  return Number.isNaN(date.getTime()) ? isoTimestamp : new Date(date.getTime() + WIB_MS);
}

/** A wage or declared income: 0 means not known yet (a draft made at an event), which is an empty cell, not Rp0. */
export const selRupiah = (nilai: number): number | null => (Number.isFinite(nilai) && nilai > 0 ? nilai : null);

/** Yes/no as the forms write it. */
export const selYaTidak = (nilai: boolean): string => (nilai ? 'Ya' : 'Tidak');
