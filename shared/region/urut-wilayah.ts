import type { KabupatenRegions } from './region-types';

const abjad = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/**
 * A kab/kota's kecamatan, and each kecamatan's kelurahan/desa, in alphabetical order, as a clerk looks for a name
 * in a list (the region files keep Kemendagri code order, which means nothing to the eye). A native select then
 * finds a name by its first letters as they are typed.
 */
export function urutWilayah(regions: KabupatenRegions): KabupatenRegions {
  return {
    ...regions,
    kecamatan: [...regions.kecamatan]
      .sort((a, b) => abjad.compare(a.nama, b.nama))
      .map((k) => ({ ...k, kelurahan: [...k.kelurahan].sort((a, b) => abjad.compare(a.nama, b.nama)) })),
  };
}
