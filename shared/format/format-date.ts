/**
 * Dates as the official style writes them ("4 Desember 2026", "Jumat, 4 Desember 2026"), through Intl so the day
 * and month names come from the platform rather than a table of ours. Date-only values (YYYY-MM-DD) are read as
 * calendar dates, never shifted by a time zone. The day is always a plain number: ICU's `dateStyle: 'full'` writes
 * "Jumat, 04 Desember 2026" in Indonesian, and a document must never show "04" beside "4".
 */
export function formatTanggal(isoDate: string, locale: string, style: 'long' | 'full' = 'long'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  const weekday = style === 'full' ? { weekday: 'long' as const } : {};
  return dateFormat(
    `tanggal|${localeTag(locale)}|${style}`,
    () => new Intl.DateTimeFormat(localeTag(locale), { ...weekday, day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}

/** A moment (an HLC or ISO timestamp) in Western Indonesia time, e.g. "21 November 2026 pukul 15.30". */
export function formatWaktu(isoTimestamp: string, locale: string, timeZone = 'Asia/Jakarta'): string {
  // An HLC stamp carries the ISO time then "-<counter>-<device>"; any other ISO time ("…+07:00") is read whole.
  const hlcTime = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-/.exec(isoTimestamp)?.[1];
  const date = new Date(hlcTime ?? isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return dateFormat(
    `waktu|${localeTag(locale)}|${timeZone}`,
    () => new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'long', timeStyle: 'short', timeZone }),
  ).format(date);
}

/** A count with the locale's grouping ("2.000" in Indonesian). */
export function formatAngka(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(localeTag(locale))));
  return format.format(value);
}

const localeTag = (locale: string) => (locale === 'en' ? 'en-GB' : 'id-ID');

/**
 * Formatters are made once per locale and style: building an Intl formatter costs far more than formatting with
 * one, and a workbook or a long list formats hundreds of thousands of dates.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function dateFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = make()));
  return format;
}

/**
 * The time of day of a timestamp the way Indonesian documents write it ("09.05"), in the office's zone
 * (zonaWaktu(province).timeZone); WIB when not given.
 */
export function formatJam(isoTimestamp: string, timeZone = 'Asia/Jakarta'): string {
  // An HLC stamp carries the ISO time then "-<counter>-<device>"; any other ISO time ("…+07:00") is read whole.
  const hlcTime = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-/.exec(isoTimestamp)?.[1];
  const date = new Date(hlcTime ?? isoTimestamp);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormat(`jam|${timeZone}`, () => new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })).format(date);
}

/**
 * An event's hours as printed and shown: "09.00–12.00 WIB", or "09.00 WITA – selesai" when it has no end time. The
 * hours are the office's wall clock, so `zona` is the office's zone (zonaWaktu(province).singkatan).
 */
export function formatJamKegiatan(jamMulai: string, jamSelesai: string, zona: string): string {
  const dot = (hhmm: string) => hhmm.replace(':', '.');
  if (!jamMulai) return '';
  return jamSelesai ? `${dot(jamMulai)}–${dot(jamSelesai)} ${zona}` : `${dot(jamMulai)} ${zona} – selesai`;
}

/**
 * A moment's calendar date on this laptop (YYYY-MM-DD): "today" for roles, rates and waiting days is the officer's
 * own day, in WIB, WITA or WIT alike. An ISO string's first ten characters are the UTC date, a day behind in
 * Indonesia until 07.00 WIB, so they are never used for this.
 */
export function tanggalHariIni(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The laptop-local calendar date of an ISO timestamp (a status change, a consent), or '' when it is not one. */
export function tanggalDari(isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  return isoTimestamp === '' || Number.isNaN(date.getTime()) ? '' : tanggalHariIni(date);
}
