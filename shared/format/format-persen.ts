/**
 * A rate stored in percent (0.24 means 0,24 %) written the locale's way through Intl: "0,24%" in Indonesian
 * (decimal comma, the sign set close as in BPJS's own tables), "0.24%" in English. Up to four decimals, because
 * temporary relief rates (2020) went as low as 0,0024 %.
 */
export function formatPersen(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', { style: 'percent', maximumFractionDigits: 4 }).format(percent / 100);
}
