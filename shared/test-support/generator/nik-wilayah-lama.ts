import { dayOf } from './calendar';

/** Kecamatan codes of a kab/kota a district was split from, still carried in its older residents' NIKs. */
export interface NikWilayahLama {
  /** The kecamatan codes ('PP.KK.CC') NIKs were issued under before the split. */
  readonly kecamatan: readonly string[];
  /** Only people old enough to hold a NIK (17) before the split can carry one: born on or before this day. */
  readonly lahirPalingLambat: number;
  /** Before the split people were born "in" the old kab: the birthplace papers of then give. */
  readonly tempatLahirLama: string;
  /** The split (day number): born before it, a local birthplace is often written the old way. */
  readonly sejak: number;
}

/**
 * Kota Tangerang Selatan (36.74) was split from Kabupaten Tangerang (36.03) in 2008 (docs/domain.md §4), so residents
 * registered before then may hold a 3603… NIK. The codes used are the ones missing from today's Kabupaten Tangerang
 * list (36.03.21, .24, .25, .26: the gaps the kecamatan handed over left), which the NIK check reports as an old
 * region ('wilayah-lama', information only) rather than as an unknown kecamatan. Which of today's kecamatan each
 * old code became is not recorded here, so any of them is used.
 */
export const nikWilayahLama: Readonly<Record<string, NikWilayahLama>> = {
  '36.74': {
    kecamatan: ['36.03.21', '36.03.24', '36.03.25', '36.03.26'],
    lahirPalingLambat: dayOf(1990, 12, 31),
    tempatLahirLama: 'Tangerang',
    sejak: dayOf(2008, 1, 1),
  },
};
