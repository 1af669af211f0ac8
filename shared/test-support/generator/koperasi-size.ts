import type { SkalaUsaha } from '../../koperasi/koperasi-options';
import type { KoperasiProfile } from './koperasi-profiles';
import type { Prng } from './prng';

/** Members and employees split by sex, and the business scale that goes with them. */
export interface KoperasiSize {
  readonly anggotaLaki: number;
  readonly anggotaPerempuan: number;
  readonly karyawanLaki: number;
  readonly karyawanPerempuan: number;
  readonly skalaUsaha: SkalaUsaha;
}

const split = (rng: Prng, total: number, women: readonly [number, number]) => {
  const perempuan = Math.round(total * (women[0] + rng.next() * (women[1] - women[0])));
  return [total - perempuan, perempuan] as const;
};

/**
 * Member counts fall on a log scale within the profile's range (many small cooperatives, few big ones); paid staff
 * stay between 0 and 40 and grow with membership; most cooperatives are mikro, only large ones kecil or above.
 */
export function koperasiSize(rng: Prng, profile: KoperasiProfile): KoperasiSize {
  const anggota = profile.anggota[1] === 0 ? 0 : rng.logInt(profile.anggota[0], profile.anggota[1]);
  const [anggotaLaki, anggotaPerempuan] = split(rng, anggota, profile.perempuan);
  const staff = Math.min(
    40,
    profile.key === 'sekunder'
      ? rng.int(1, 10)
      : anggota < 100
        ? rng.weighted([
            [0, 50],
            [1, 25],
            [2, 15],
            [3, 10],
          ] as const)
        : anggota < 500
          ? rng.int(0, 8)
          : rng.int(2, profile.key.startsWith('ksp') ? 40 : 20),
  );
  const [karyawanLaki, karyawanPerempuan] = split(rng, staff, [0.3, 0.7]);
  const skalaUsaha =
    anggota > 1500
      ? rng.weighted([
          ['mikro', 5],
          ['kecil', 50],
          ['menengah', 35],
          ['besar', 10],
        ] as const)
      : anggota > 400
        ? rng.weighted([
            ['mikro', 45],
            ['kecil', 45],
            ['menengah', 9],
            ['besar', 1],
          ] as const)
        : rng.weighted([
            ['mikro', 88],
            ['kecil', 11],
            ['menengah', 1],
          ] as const);
  return { anggotaLaki, anggotaPerempuan, karyawanLaki, karyawanPerempuan, skalaUsaha };
}
