import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { tanggalHariIni } from '../../../shared/format/format-date';
import { useApp } from '../../app/app-context';
import type { Repositories } from '../../db/repositories';

/** A cooperative's roles with their people (deleted people left out by the repository), kept current. */
export function useKoperasiRoster(koperasiId: string) {
  const { peran } = useApp();
  return useLiveQuery(() => peran.forKoperasi(koperasiId), [peran, koperasiId]);
}

/** The roster and the enrollments through the cooperative, read together so progress never mixes two moments. */
export function useKoperasiKepesertaan(koperasiId: string) {
  const { peran, kepesertaan } = useApp();
  return useLiveQuery(() => loadKoperasiKepesertaan({ peran, kepesertaan }, koperasiId), [peran, kepesertaan, koperasiId]);
}

export async function loadKoperasiKepesertaan(repos: Pick<Repositories, 'peran' | 'kepesertaan'>, koperasiId: string) {
  const [roster, enrollments] = await Promise.all([repos.peran.forKoperasi(koperasiId), repos.kepesertaan.forKoperasi(koperasiId)]);
  return { roster, enrollments };
}

/** The laptop's date when the page opened: which roles are current and which rates apply. */
export function useHariIni(): string {
  const [today] = useState(() => tanggalHariIni(new Date()));
  return today;
}
