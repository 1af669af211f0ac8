import type { JenisKelamin } from '../../anggota/anggota-schema';
import { isoDate } from './calendar';
import type { Prng } from './prng';

/**
 * The 16 digits of a NIK (docs/domain.md §4): province, kab/kota and kecamatan of first issue ('PP.KK.CC' without the
 * dots), the birth date as DDMMYY with 40 added to the day for women, and a four-digit serial.
 */
export function formatNik(kecamatanKode: string, birthDay: number, sex: JenisKelamin, serial: number): string {
  const iso = isoDate(birthDay);
  const dd = Number(iso.slice(8, 10)) + (sex === 'P' ? 40 : 0);
  return `${kecamatanKode.replace(/\./g, '')}${String(dd).padStart(2, '0')}${iso.slice(5, 7)}${iso.slice(2, 4)}${String(serial).padStart(4, '0')}`;
}

/** Serials go up to 9999 per kecamatan, birth date and sex. */
const MAX_SERIAL = 9999;

/**
 * Hands out NIKs that never repeat: the serial counts up per (kecamatan, birth date, sex), as the civil registry
 * numbers people, now and then skipping a few (numbers of people registered elsewhere or who have died). Counters
 * live in one small typed array per kecamatan over the span of birth days, so 250,000 people cost a few megabytes.
 */
export class NikSerials {
  private readonly counters = new Map<string, Uint16Array>();

  constructor(
    private readonly fromDay: number,
    private readonly toDay: number,
  ) {}

  next(rng: Prng, kecamatanKode: string, birthDay: number, sex: JenisKelamin): string {
    if (birthDay < this.fromDay || birthDay > this.toDay) throw new RangeError(`birth day ${isoDate(birthDay)} outside the generated span`);
    let counts = this.counters.get(kecamatanKode);
    if (!counts) {
      counts = new Uint16Array((this.toDay - this.fromDay + 1) * 2);
      this.counters.set(kecamatanKode, counts);
    }
    const slot = (birthDay - this.fromDay) * 2 + (sex === 'P' ? 1 : 0);
    const serial = counts[slot]! + 1 + (rng.chance(0.2) ? rng.int(1, 4) : 0);
    if (serial > MAX_SERIAL) throw new RangeError(`no NIK serial left for ${kecamatanKode} ${isoDate(birthDay)} ${sex}`);
    counts[slot] = serial;
    return formatNik(kecamatanKode, birthDay, sex, serial);
  }
}
