/**
 * The shapes of the region assets that scripts/build-regions.mjs writes into renderer/public/regions/ from
 * idn-area-data (Kemendagri codes, docs/domain.md §4). The renderer fetches them instead of bundling 3 MB of CSV, and
 * loads one kab/kota file at a time because an office works in its own district.
 */

/** A kelurahan or desa: `PP.KK.CC.DXXX`, first digit of the last part 1 = kelurahan, 2 = desa. */
export interface Kelurahan {
  readonly kode: string;
  readonly nama: string;
}

/** A kecamatan (`PP.KK.CC`) with its kelurahan/desa, sorted by code. */
export interface Kecamatan {
  readonly kode: string;
  readonly nama: string;
  readonly kelurahan: readonly Kelurahan[];
}

/** The content of `regions/kab/<kode>.json`: one kabupaten or kota (`PP.KK`, KK 01–69 kabupaten, 71–99 kota). */
export interface KabupatenRegions {
  readonly kode: string;
  readonly nama: string;
  readonly kecamatan: readonly Kecamatan[];
}

/** A kabupaten/kota as listed in the index, without its kecamatan (those are in its own file). */
export interface KabupatenSummary {
  readonly kode: string;
  readonly nama: string;
}

export interface Provinsi {
  readonly kode: string;
  readonly nama: string;
  readonly kabupaten: readonly KabupatenSummary[];
}

/** The content of `regions/index.json`: every province and kab/kota, plus where the data came from. */
export interface RegionIndex {
  /** E.g. `idn-area-data 4.0.1`, shown on the About page beside the ODbL notice. */
  readonly source: string;
  /** The regulation the codes follow, e.g. `Kepmendagri 300.2.2-2138 Tahun 2025`. */
  readonly basis: string;
  readonly provinsi: readonly Provinsi[];
}

/** Where a kab/kota file sits relative to the regions folder, so callers never build the path by hand. */
export function kabupatenRegionsPath(kode: string): string {
  return `kab/${kode}.json`;
}
