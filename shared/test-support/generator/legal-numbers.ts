import { monthOf, romanMonth, yearOf } from './calendar';
import type { Prng } from './prng';

/** The year legal entity numbers moved to the ministry of law's AHU system (docs/domain.md §2). */
export const AHU_SINCE_YEAR = 2019;

/**
 * A nomor badan hukum in the format of its time, with the year and month of `day` (the tanggal badan hukum) in
 * it, so a reader sees the two agree: letter numbers of the regional office before 2019
 * (`518.08/96/BH/XIV.10/VIII/2008`, older `1024/BH/KWK.10/XII/1994`), AHU numbers since
 * (`AHU-0001248.AH.01.26.TAHUN 2024`).
 */
export function nomorBadanHukum(rng: Prng, day: number, kabKode: string): string {
  const year = yearOf(day);
  const month = romanMonth(monthOf(day));
  if (year >= AHU_SINCE_YEAR) return `AHU-${rng.digits(7).replace(/^\d{2}/, '00')}.AH.01.26.TAHUN ${year}`;
  const kk = kabKode.slice(3, 5);
  if (year < 2000) return `${rng.int(100, 9999)}/BH/KWK.10/${month}/${year}`;
  return rng.chance(0.7)
    ? `518.${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(1, 250)}/BH/XIV.${kk}/${month}/${year}`
    : `${rng.int(1, 350)}/BH/DISKOP-${kk}/${month}/${year}`;
}

/**
 * A 16-digit Nomor Induk Koperasi that starts with the kab/kota code digits (3674… for Kota Tangerang Selatan),
 * then the kecamatan and kelurahan parts of the address and a serial: unique per district as long as `serial` is.
 */
export function nomorIndukKoperasi(kelurahanKode: string, serial: number): string {
  const digits = kelurahanKode.replace(/\D/g, '').padEnd(10, '0').slice(0, 10);
  return `${digits}${String(serial % 1_000_000).padStart(6, '0')}`;
}

/** A 13-digit NIB (Nomor Induk Berusaha) in the shapes OSS has issued since 2018. */
export function nib(rng: Prng): string {
  return `${rng.pick(['81', '91', '02', '12', '13'])}${rng.digits(11)}`;
}

/** A 16-digit NPWP: the 2024 format for entities is the old 15 digits with a leading 0. */
export function npwp(rng: Prng, kpp: string): string {
  const prefix = rng.pick(['01', '02', '03', '31', '66', '70', '71', '72', '73', '74', '75', '76', '80', '81', '82', '83', '91']);
  return `0${prefix}${rng.digits(6)}${rng.digits(1)}${kpp}000`;
}

/** A BPJS Ketenagakerjaan employer number (NPP): digits, length not fixed by any source; 8 is common. */
export function npp(rng: Prng): string {
  return `${rng.int(1, 9)}${rng.digits(7)}`;
}
