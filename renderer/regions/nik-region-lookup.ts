import type { NikRegionLookup } from '../../shared/nik/nik-check';
import { normalizeNik } from '../../shared/nik/nik-parse';
import type { KabupatenRegions, RegionIndex } from '../../shared/region/region-types';
import { loadKabupatenRegions, loadRegionIndex } from './region-loader';

/** Where the region data comes from; injectable so tests need no fetch. */
export interface NikRegionLoaders {
  index(): Promise<RegionIndex>;
  kabupaten(kode: string): Promise<KabupatenRegions>;
}

/**
 * The region list checkNik needs for one NIK: every kab/kota from the index, and the kecamatan of the NIK's own
 * kab/kota only (one small file, not 514). `kecamatan()` answers null for any other kab/kota, or when that file
 * could not be loaded, so checkNik skips the kecamatan check instead of raising a false warning. Rejects when the
 * index itself cannot be loaded: the caller then checks the NIK without a lookup (null).
 */
export async function loadNikRegionLookup(
  nik: string,
  loaders: NikRegionLoaders = { index: loadRegionIndex, kabupaten: loadKabupatenRegions },
): Promise<NikRegionLookup> {
  const index = await loaders.index();
  const kabupatenNama = new Map<string, string>();
  for (const provinsi of index.provinsi) for (const kab of provinsi.kabupaten) kabupatenNama.set(kab.kode, kab.nama);

  const digits = normalizeNik(nik);
  const kabKode = /^\d{4}/.test(digits) ? `${digits.slice(0, 2)}.${digits.slice(2, 4)}` : '';
  let kecamatanNama: ReadonlyMap<string, string> | null = null;
  if (kabupatenNama.has(kabKode)) {
    try {
      const regions = await loaders.kabupaten(kabKode);
      kecamatanNama = new Map(regions.kecamatan.map((k) => [k.kode, k.nama]));
    } catch {
      kecamatanNama = null;
    }
  }

  return {
    kabupaten: (kode) => kabupatenNama.get(kode),
    kecamatan: (kode) => (kecamatanNama && kode.slice(0, 5) === kabKode ? kecamatanNama.get(kode) : null),
  };
}
