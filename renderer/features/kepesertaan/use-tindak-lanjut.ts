import { useLiveQuery } from 'dexie-react-hooks';
import type { StatusKepesertaan } from '../../../shared/kepesertaan/kepesertaan-options';
import { useApp } from '../../app/app-context';

export interface TindakLanjutFilter {
  readonly koperasiId: string;
  readonly kecamatanKode: string;
}

const filterOf = (f: TindakLanjutFilter) => ({
  ...(f.koperasiId ? { koperasiId: f.koperasiId } : {}),
  ...(f.kecamatanKode ? { kecamatanKode: f.kecamatanKode } : {}),
});

/** Enrollments waiting at a status, longest first (at most the repository's limit), kept current. */
export function useAntrian(status: StatusKepesertaan, filter: TindakLanjutFilter) {
  const { kepesertaan } = useApp();
  return useLiveQuery(() => kepesertaan.antrian({ status, ...filterOf(filter) }), [kepesertaan, status, filter.koperasiId, filter.kecamatanKode]);
}

/** How many wait at each follow-up status under the same filters: the tabs' counts. */
export function useJumlahMenunggu(filter: TindakLanjutFilter) {
  const { kepesertaan } = useApp();
  return useLiveQuery(() => kepesertaan.jumlahMenunggu(filterOf(filter)), [kepesertaan, filter.koperasiId, filter.kecamatanKode]);
}
