import type { StatusKoperasi } from '../../koperasi/koperasi-options';
import { addYears, dayNumber, dayOf, isoDate, randomDay, yearOf } from './calendar';
import { nomorBadanHukum } from './legal-numbers';
import type { KoperasiProfile } from './koperasi-profiles';
import type { Prng } from './prng';

/** The legal and annual-meeting history of one generated cooperative, with dates that agree with each other. */
export interface KoperasiHistory {
  readonly status: StatusKoperasi;
  readonly foundedDay: number;
  readonly nomorBadanHukum: string;
  readonly tanggalBadanHukum: string;
  readonly ratTerakhir: string;
  readonly ratTahunBuku: number | null;
  /** Certificate dates when the cooperative holds a Nomor Induk Koperasi (the number itself needs a serial). */
  readonly nomorInduk: { readonly terbit: string; readonly berlaku: string } | null;
  /** The year it stopped being active, for a note. */
  readonly inactiveSince: number | null;
}

/** Nomor Induk Koperasi certificates exist since Permenkop 10/2016 and are valid one year (renewed after each RAT). */
const NOMOR_INDUK_SINCE = dayOf(2017, 1, 1);

/** Most registered cooperatives were founded in the 1990s–2010s; Merah Putih ones in 2025. */
function foundingDay(rng: Prng, profile: KoperasiProfile, now: number): number {
  const nowYear = yearOf(now);
  const eras = (
    [
      [1973, 1989, 8],
      [1990, 1999, 18],
      [2000, 2009, 24],
      [2010, 2018, 28],
      [2019, nowYear, 22],
    ] as const
  )
    .map(([from, to, w]) => [[Math.max(from, profile.since), Math.min(to, nowYear)] as const, w] as const)
    .filter(([[from, to]]) => from <= to);
  const [from, to] = eras.length > 0 ? rng.weighted(eras) : [nowYear, nowYear];
  const year = rng.int(from, to);
  const start = profile.key === 'merah-putih' ? dayOf(2025, 5, 1) : dayOf(year, 1, 1);
  const end = profile.key === 'merah-putih' ? dayOf(2025, 7, 31) : dayOf(year, 12, 31);
  return Math.min(randomDay(rng, start, end), now - 30);
}

/**
 * A RAT for book year Y is held between mid-January and June of Y+1; `lag` years of missed meetings go back
 * from the last book year that could already have had its meeting by `now`.
 */
function lastRat(rng: Prng, foundedDay: number, now: number, lag: number): { day: number; bookYear: number } | null {
  let bookYear = yearOf(now) - 1 - lag;
  for (let attempt = 0; attempt < 2; attempt++, bookYear--) {
    if (bookYear < yearOf(foundedDay)) return null;
    const day = randomDay(rng, dayOf(bookYear + 1, 1, 15), dayOf(bookYear + 1, 6, 30));
    if (day <= now) return { day, bookYear };
  }
  return null;
}

/**
 * A certificate needs RATs in two running years, so it follows the latest RAT by two weeks to four months (or the
 * one before, if the latest was too recent); without a recent RAT, an older certificate that has since expired.
 */
function certificate(
  rng: Prng,
  foundedDay: number,
  now: number,
  status: StatusKoperasi,
  rat: { day: number; bookYear: number } | null,
): KoperasiHistory['nomorInduk'] {
  const eligible = rat !== null && rat.bookYear > yearOf(foundedDay);
  if (!rng.chance(eligible ? 0.82 : status === 'aktif' ? 0.4 : 0.3)) return null;
  let terbit: number;
  if (eligible && rat.day + 14 >= NOMOR_INDUK_SINCE) {
    const ratDay = rat.day + 14 <= now ? rat.day : addYears(rat.day, -1);
    terbit = randomDay(rng, ratDay + 14, Math.min(ratDay + 120, now));
  } else {
    const from = Math.max(addYears(foundedDay, 2), NOMOR_INDUK_SINCE);
    if (from >= now - 400) return null;
    terbit = randomDay(rng, from, now - 400);
  }
  return { terbit: isoDate(terbit), berlaku: isoDate(addYears(terbit, 1) - 1) };
}

/**
 * Founding, legal number, status, last RAT and certificate, drawn in that order because each depends on the one
 * before: no RAT before founding, no certificate without RATs, inactive cooperatives with old meetings only.
 */
export function koperasiHistory(rng: Prng, profile: KoperasiProfile, kabKode: string, nowIso: string): KoperasiHistory {
  const now = dayNumber(nowIso);
  const foundedDay = foundingDay(rng, profile, now);
  const foundedYear = yearOf(foundedDay);
  const inactiveChance = profile.key === 'merah-putih' ? 0 : foundedYear < 2000 ? 0.16 : foundedYear < 2015 ? 0.1 : 0.04;
  const status: StatusKoperasi = rng.chance(inactiveChance) ? 'tidak_aktif' : 'aktif';

  const rat =
    status === 'aktif'
      ? rng.chance(0.85)
        ? lastRat(
            rng,
            foundedDay,
            now,
            rng.weighted([
              [0, 60],
              [1, 25],
              [2, 10],
              [3, 5],
            ] as const),
          )
        : null
      : rng.chance(0.6)
        ? lastRat(rng, foundedDay, now, rng.int(3, 12))
        : null;

  const nomorInduk = certificate(rng, foundedDay, now, status, rat);

  const hasLegal = profile.key === 'merah-putih' || rng.chance(0.97);
  return {
    status,
    foundedDay,
    nomorBadanHukum: hasLegal ? nomorBadanHukum(rng, foundedDay, kabKode) : '',
    tanggalBadanHukum: hasLegal ? isoDate(foundedDay) : '',
    ratTerakhir: rat ? isoDate(rat.day) : '',
    ratTahunBuku: rat ? rat.bookYear : null,
    nomorInduk,
    inactiveSince: status === 'tidak_aktif' ? Math.min(yearOf(now), rat ? rat.bookYear + 2 : foundedYear + rng.int(2, 10)) : null,
  };
}
