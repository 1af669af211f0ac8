import type { Prng } from './prng';

/**
 * Dates as whole days since 1970-01-01, the unit the generator reasons in (founding, RAT, certificates). ISO
 * strings stay the stored form (`YYYY-MM-DD`), as the cooperative schema expects.
 */
/** Civil date of a day number (Howard Hinnant's algorithm): plain integer maths, no Date objects in the hot loop. */
function civil(day: number): readonly [year: number, month: number, date: number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, date];
}

/** Days since 1970-01-01 of a civil date; months and dates out of range roll over as in Date.UTC. */
export function dayOf(year: number, month: number, date: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function dayNumber(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function isoDate(day: number): string {
  const [y, m, d] = civil(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function yearOf(day: number): number {
  return civil(day)[0];
}

export function monthOf(day: number): number {
  return civil(day)[1];
}

/** The same calendar day `years` later (29 February falls to 1 March), as certificates are dated. */
export function addYears(day: number, years: number): number {
  const [y, m, d] = civil(day);
  return dayOf(y + years, m, d);
}

/** A day in [from, to]; `to` before `from` gives `from`. */
export function randomDay(rng: Prng, from: number, to: number): number {
  return to <= from ? from : rng.int(from, to);
}

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** Indonesian letter numbers write the month in Roman numerals (…/VIII/2008). */
export function romanMonth(month: number): string {
  return ROMAN_MONTHS[month - 1]!;
}
