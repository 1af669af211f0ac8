import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-context';
import type { KegiatanRecord } from '../../db/synced-records';

/** One event, live: `undefined` while loading, `null` when it does not exist (or was deleted). */
export function useKegiatan(id: string | undefined): KegiatanRecord | null | undefined {
  const { kegiatan } = useApp();
  return useLiveQuery(async () => (id ? ((await kegiatan.get(id)) ?? null) : null), [kegiatan, id]);
}
