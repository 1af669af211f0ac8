import { useEffect, useState } from 'react';
import type { KabupatenRegions, RegionIndex } from '../../shared/region/region-types';
import { urutWilayah } from '../../shared/region/urut-wilayah';
import { loadKabupatenRegions, loadRegionIndex } from './region-loader';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed' };

function useLoad<T>(loader: (() => Promise<T>) | null, key: string): Loadable<T> {
  const [state, setState] = useState<{ key: string; value: Loadable<T> }>({ key: '', value: { status: 'loading' } });
  useEffect(() => {
    if (!loader) return;
    let live = true;
    loader().then(
      (value) => live && setState({ key, value: { status: 'ready', value } }),
      () => live && setState({ key, value: { status: 'failed' } }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names what is loaded
  }, [key]);
  return state.key === key ? state.value : { status: 'loading' };
}

export const useRegionIndex = () => useLoad<RegionIndex>(loadRegionIndex, 'index');

/** The kecamatan and kelurahan of one kab/kota (the office's own, in practice), in alphabetical order for lists. */
export const useKabupatenRegions = (kode: string | undefined) =>
  useLoad<KabupatenRegions>(kode ? () => loadKabupatenRegions(kode).then(urutWilayah) : null, kode ?? '');
