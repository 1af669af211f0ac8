import type { Peran } from '../../anggota/peran-schema';
import type { JenisPeran } from '../../anggota/peran-options';
import type { Koperasi } from '../../koperasi/koperasi-schema';
import { addYears, dayNumber, isoDate, randomDay } from './calendar';
import type { Prng } from './prng';

export interface PeranContext {
  readonly anggotaId: string;
  readonly koperasiId: string;
  readonly koperasi: Koperasi;
  readonly peran: JenisPeran;
  readonly jabatan: string;
  /** A former officer: the role has ended. */
  readonly mantan: boolean;
  readonly birthDay: number;
  readonly now: number;
}

/**
 * A role with its period: it starts on or after the cooperative's legal date (when known) and once the person is
 * an adult; officers' terms are recent (a period is three to five years), former officers' ended, and a few
 * members and employees have left (`selesai` set).
 */
export function generatePeran(rng: Prng, ctx: PeranContext): Peran {
  const last = ctx.now - 1;
  const legal = ctx.koperasi.tanggalBadanHukum ? dayNumber(ctx.koperasi.tanggalBadanHukum) : addYears(ctx.now, -25);
  const earliest = Math.min(last, Math.max(legal, addYears(ctx.birthDay, 17)));
  const since = (yearsBack: number) => randomDay(rng, Math.max(earliest, addYears(ctx.now, -yearsBack)), last);
  let mulai: number;
  let selesai: number | null = null;
  if (ctx.mantan) {
    mulai = randomDay(rng, Math.max(earliest, addYears(ctx.now, -12)), Math.max(earliest, addYears(ctx.now, -3)));
    selesai = Math.min(last, Math.max(mulai, addYears(mulai, rng.int(3, 5)) - 1));
  } else if (ctx.peran === 'pengurus' || ctx.peran === 'pengawas') {
    mulai = since(5);
  } else if (ctx.peran === 'karyawan') {
    mulai = since(15);
    if (rng.chance(0.04)) selesai = randomDay(rng, Math.min(last, mulai + 30), last);
  } else {
    mulai = since(40);
    if (rng.chance(0.02)) selesai = randomDay(rng, Math.min(last, mulai + 90), last);
  }
  return {
    anggotaId: ctx.anggotaId,
    koperasiId: ctx.koperasiId,
    peran: ctx.peran,
    jabatan: ctx.jabatan,
    mulai: isoDate(mulai),
    selesai: selesai === null ? '' : isoDate(selesai),
    catatan: ctx.mantan ? 'Periode kepengurusan sebelumnya.' : '',
  };
}
