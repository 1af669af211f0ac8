import { useLiveQuery } from 'dexie-react-hooks';
import type { StatusKepesertaan } from '../../../shared/kepesertaan/kepesertaan-options';
import { useApp } from '../../app/app-context';
import { useJendela } from '../../components/use-jendela';
import type { KepesertaanLengkap } from '../../db/kepesertaan-repository';

export interface TindakLanjutFilter {
  readonly koperasiId: string;
  readonly kecamatanKode: string;
}

const filterOf = (f: TindakLanjutFilter) => ({
  ...(f.koperasiId ? { koperasiId: f.koperasiId } : {}),
  ...(f.kecamatanKode ? { kecamatanKode: f.kecamatanKode } : {}),
});

/** The ids of the enrollments waiting at a status, longest first (at most the repository's limit), and the total, kept current. */
export function useAntrian(status: StatusKepesertaan, filter: TindakLanjutFilter) {
  const { kepesertaan } = useApp();
  return useLiveQuery(() => kepesertaan.listAntrianIds({ status, ...filterOf(filter) }), [kepesertaan, status, filter.koperasiId, filter.kecamatanKode]);
}

const KOSONG: ReadonlyMap<string, KepesertaanLengkap> = new Map();

/**
 * The rows a table renders now (and SEKITAR_JENDELA on each side) with their person and cooperative, read when the
 * window moves and kept current, by id; the previous window's rows stay until they arrive.
 */
export function useBarisTerlihat(ids: readonly string[]) {
  const { kepesertaan } = useApp();
  const { dalamJendela, onRangeChange } = useJendela(ids);
  const baris = useLiveQuery(
    async () => new Map((await kepesertaan.listLengkap(dalamJendela)).map((r) => [r.kepesertaan.id, r])),
    [kepesertaan, dalamJendela.join(',')],
  );
  return { baris: baris ?? KOSONG, onRangeChange };
}

/** How many wait at each follow-up status under the same filters: the tabs' counts. */
export function useJumlahMenunggu(filter: TindakLanjutFilter) {
  const { kepesertaan } = useApp();
  return useLiveQuery(() => kepesertaan.countWaiting(filterOf(filter)), [kepesertaan, filter.koperasiId, filter.kecamatanKode]);
}
