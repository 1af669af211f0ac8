import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';

/** One person; `null` once loaded and not found (or deleted), `undefined` while loading. */
export function useAnggota(id: string | undefined) {
  const { anggota } = useApp();
  return useLiveQuery(async () => (id ? ((await anggota.get(id)) ?? null) : null), [anggota, id]);
}

/** Search results (bounded: at most `limit` people) that stay current as records change. */
export function useAnggotaSearch(query: string, limit: number) {
  const { anggota } = useApp();
  return useLiveQuery(() => anggota.search(query, limit), [anggota, query, limit]);
}

/** The list's size and a token that changes with every write to people, so cached pages know they are stale. */
export function useAnggotaRevision() {
  const { anggota } = useApp();
  return useLiveQuery(() => anggota.getRevision(), [anggota]);
}

export function useAnggotaHistory(id: string) {
  const { anggota } = useApp();
  return useLiveQuery(() => anggota.getHistory(id), [anggota, id]);
}

export function usePeranAnggota(id: string) {
  const { peran } = useApp();
  return useLiveQuery(() => peran.listForAnggota(id), [peran, id]);
}

export function useKepesertaanAnggota(id: string) {
  const { kepesertaan } = useApp();
  return useLiveQuery(() => kepesertaan.listForAnggota(id), [kepesertaan, id]);
}
