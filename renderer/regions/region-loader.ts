import { kabupatenRegionsPath, type KabupatenRegions, type RegionIndex } from '../../shared/region/region-types';

const cache = new Map<string, Promise<unknown>>();

/** Region assets are files shipped with the app (built from idn-area-data); each is fetched once per session. */
function load<T>(path: string): Promise<T> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(new URL(`regions/${path}`, document.baseURI)).then((res) => {
      if (!res.ok) throw new Error(`regions/${path}: ${res.status}`);
      return res.json();
    });
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending as Promise<T>;
}

export const loadRegionIndex = () => load<RegionIndex>('index.json');
export const loadKabupatenRegions = (kode: string) => load<KabupatenRegions>(kabupatenRegionsPath(kode));
