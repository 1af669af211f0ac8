/**
 * Dates as the official style writes them ("16 Maret 2021", "Selasa, 16 Maret 2021"), through Intl so the month
 * names come from the platform rather than a table of ours. Date-only values (YYYY-MM-DD) are read as calendar
 * dates, never shifted by a time zone.
 */
export function formatTanggal(isoDate: string, locale: string, style: 'long' | 'full' = 'long'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(localeTag(locale), { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** A moment (an HLC or ISO timestamp) in Western Indonesia time, e.g. "21 November 2026 pukul 15.30". */
export function formatWaktu(isoTimestamp: string, locale: string, timeZone = 'Asia/Jakarta'): string {
  const date = new Date(isoTimestamp.slice(0, 24));
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  return new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}

/** A count with the locale's grouping ("2.000" in Indonesian). */
export function formatAngka(value: number, locale: string): string {
  return new Intl.NumberFormat(localeTag(locale)).format(value);
}

const localeTag = (locale: string) => (locale === 'en' ? 'en-GB' : 'id-ID');

/** Today's calendar date (YYYY-MM-DD) in Western Indonesia time, whatever the laptop's own time zone. */
export function tanggalHariIni(now: Date = new Date(), timeZone = 'Asia/Jakarta'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
