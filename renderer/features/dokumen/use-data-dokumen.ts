import { useLiveQuery } from 'dexie-react-hooks';
import { kepesertaanDariKehadiran } from '../../../shared/cetak/rekap-berita-acara';
import { useApp } from '../../app/app-context';
import type { AnggotaRecord, KegiatanRecord, KepesertaanRecord, KoperasiRecord } from '../../db/synced-records';
import type { PesertaKegiatan } from '../../db/kehadiran-repository';

/** Everything a daftar hadir prints: `undefined` while loading, `null` when the event is gone. */
export interface DataDaftarHadir {
  readonly kegiatan: KegiatanRecord;
  readonly peserta: readonly PesertaKegiatan[];
  /** The invited cooperatives' names, for their blank rows. */
  readonly koperasiNama: ReadonlyMap<string, string>;
}

export function useDataDaftarHadir(id: string | undefined): DataDaftarHadir | null | undefined {
  const { kegiatan, kehadiran, koperasi } = useApp();
  return useLiveQuery(async () => {
    const k = id ? await kegiatan.get(id) : undefined;
    if (!k) return null;
    const [peserta, invited] = await Promise.all([kehadiran.listPeserta(k), Promise.all(k.undangan.map((u) => koperasi.get(u.koperasiId)))]);
    const koperasiNama = new Map(invited.filter((c): c is KoperasiRecord => c !== undefined).map((c) => [c.id, c.nama]));
    return { kegiatan: k, peserta, koperasiNama };
  }, [kegiatan, kehadiran, koperasi, id]);
}

/** One enrollment with its person and cooperative, as a formulir prints it. */
export interface LembarFormulir {
  readonly kepesertaan: KepesertaanRecord;
  readonly anggota: AnggotaRecord;
  readonly koperasi: KoperasiRecord | undefined;
}

/**
 * The forms of the given enrollments, in that order; enrollments or people deleted since are left out. Read again
 * when the ids change (by value: a new array with the same ids reads nothing) or any of the records does.
 */
export function useLembarFormulir(ids: readonly string[] | null | undefined): LembarFormulir[] | null | undefined {
  const { kepesertaan, anggota, koperasi } = useApp();
  const key = ids === null || ids === undefined ? ids : ids.join(',');
  return useLiveQuery(async () => {
    if (key === null || key === undefined) return key;
    const out: LembarFormulir[] = [];
    for (const id of key === '' ? [] : key.split(',')) {
      const k = await kepesertaan.get(id);
      const a = k ? await anggota.get(k.anggotaId) : undefined;
      if (k && a) out.push({ kepesertaan: k, anggota: a, koperasi: await koperasi.get(k.koperasiId) });
    }
    return out;
  }, [kepesertaan, anggota, koperasi, key]);
}

/** The enrollments an event produced (its check-ins marked "ingin mendaftar"), with the event. */
export function useKepesertaanKegiatan(id: string | undefined): { kegiatan: KegiatanRecord; ids: string[] } | null | undefined {
  const { kegiatan, kehadiran } = useApp();
  return useLiveQuery(async () => {
    const k = id ? await kegiatan.get(id) : undefined;
    if (!k) return null;
    return { kegiatan: k, ids: kepesertaanDariKehadiran(await kehadiran.listForKegiatan(k.id)) };
  }, [kegiatan, kehadiran, id]);
}
