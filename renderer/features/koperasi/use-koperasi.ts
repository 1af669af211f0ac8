import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import type { KoperasiSearch } from '../../db/koperasi-repository';

/** Search results that stay current as records change (another tab, an undo, an import). */
export function useKoperasiSearch(search: KoperasiSearch) {
  const { koperasi } = useApp();
  return useLiveQuery(() => koperasi.search(search), [koperasi, search.query, search.jenis, search.kelompok, search.kecamatanKode, search.status]);
}

/** One cooperative; `null` once loaded and not found (or deleted), `undefined` while loading. */
export function useKoperasi(id: string | undefined) {
  const { koperasi } = useApp();
  return useLiveQuery(async () => (id ? ((await koperasi.get(id)) ?? null) : null), [koperasi, id]);
}

export function useKoperasiHistory(id: string) {
  const { koperasi } = useApp();
  return useLiveQuery(() => koperasi.getHistory(id), [koperasi, id]);
}

export function useKelompokOptions() {
  const { koperasi } = useApp();
  return useLiveQuery(() => koperasi.listKelompok(), [koperasi]) ?? [];
}
