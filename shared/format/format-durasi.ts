/**
 * A duration as a person says it in an estimate, through Intl (unit style, long): "30 detik", "10 menit",
 * "1 jam 20 menit" in Indonesian, "10 minutes" in English. Rounded to what an estimate can promise: up to a minute
 * in tens of seconds (rounded up), then whole minutes, and past an hour to five minutes.
 */
export function formatDurasi(ms: number, locale: string): string {
  const unit = (u: 'second' | 'minute' | 'hour', v: number) =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', { style: 'unit', unit: u, unitDisplay: 'long' }).format(v);
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 55) return unit('second', Math.max(10, Math.ceil(seconds / 10) * 10));
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 60) return unit('minute', minutes);
  const rounded = Math.round(minutes / 5) * 5;
  const [hours, rest] = [Math.floor(rounded / 60), rounded % 60];
  return rest === 0 ? unit('hour', hours) : `${unit('hour', hours)} ${unit('minute', rest)}`;
}
