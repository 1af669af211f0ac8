/** A kab/kota whose territory was partly split off into new kab/kota: its old kecamatan codes live on in NIKs. */
export interface HistoricalSplit {
  /** The kab/kota codes ('PP.KK') made from it. */
  readonly to: readonly string[];
  readonly year: number;
  /** Its name when those NIKs were issued. */
  readonly namaLama: string;
}

/**
 * Region splits (pemekaran) that explain NIK region codes missing from the current Kemendagri list. A NIK keeps the
 * kecamatan of first issue forever, so a resident of Kota Tangerang Selatan (36.74, split from Kab. Tangerang 36.03
 * in 2008) may hold a 3603… NIK with an old kecamatan code of 36.03: normal, not an error. Source: docs/domain.md §4.
 * Only splits with a cited source belong here.
 */
export const historicalSplits: Readonly<Record<string, HistoricalSplit>> = {
  '36.03': { to: ['36.74'], year: 2008, namaLama: 'Kabupaten Tangerang' },
};
