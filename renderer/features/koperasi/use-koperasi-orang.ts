import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { AnggotaRecord } from '../../db/synced-records';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import { useJendela } from '../../components/use-jendela';
import type { Repositories } from '../../db/repositories';

/**
 * A cooperative's roster from its roles alone (deleted people left out by the repository), kept current: enough to
 * group and count; the people's names are read for the rows on screen (`useOrangTerlihat`).
 */
export function useKoperasiRoster(koperasiId: string) {
  const { peran } = useApp();
  return useLiveQuery(() => peran.listRoster(koperasiId), [peran, koperasiId]);
}

const KOSONG: ReadonlyMap<string, AnggotaRecord> = new Map();

/**
 * The people of the roster rows a table renders now (and SEKITAR_JENDELA on each side), read when the window
 * moves and kept current. Returns them by id and the callback the table reports its window to. Until they arrive,
 * the previous window's people stay (useLiveQuery keeps its last result when its deps change), so a scroll never
 * blanks the rows already shown.
 */
export function useOrangTerlihat(anggotaIds: readonly string[]) {
  const { peran } = useApp();
  const { dalamJendela: ids, onRangeChange } = useJendela(anggotaIds);
  const orang = useLiveQuery(() => peran.listAnggota(ids), [peran, ids.join(',')]) ?? KOSONG;
  return { orang, onRangeChange };
}

/** The roster and the enrollments through the cooperative, read together so progress never mixes two moments. */
export function useKoperasiKepesertaan(koperasiId: string) {
  const { peran, kepesertaan } = useApp();
  return useLiveQuery(() => loadKoperasiKepesertaan({ peran, kepesertaan }, koperasiId), [peran, kepesertaan, koperasiId]);
}

export async function loadKoperasiKepesertaan(repos: Pick<Repositories, 'peran' | 'kepesertaan'>, koperasiId: string) {
  const [roster, enrollments] = await Promise.all([repos.peran.listForKoperasi(koperasiId), repos.kepesertaan.listForKoperasi(koperasiId)]);
  return { roster, enrollments };
}

/** The laptop's date when the page opened: which roles are current and which rates apply. */
export function useHariIni(): string {
  const [today] = useState(() => tanggalHariIni(new Date()));
  return today;
}
