import type { StatusKepesertaan } from '../shared/kepesertaan/kepesertaan-options';
import { statusMenunggu } from '../shared/kepesertaan/status-kepesertaan';
import { kelompokBawaan } from '../shared/koperasi/koperasi-options';
import type { AnggotaRecord, KepesertaanRecord, PeranRecord } from '../renderer/db/synced-records';
import { counterAntrianKecamatan } from '../renderer/db/antrian-kecamatan';
import { counterKey } from '../renderer/db/record-counters';
import { KELOMPOK_COUNTER } from '../renderer/db/table-definitions';

/**
 * The lists' reads done with bare IndexedDB on the raw district database (same stores, indexes and records as the
 * app's): the follow-up list by kecamatan and its tab counts, the largest cooperative's roster, Beranda's counts and
 * the kelompok options. Each makes the reads the repository makes, in one read-only transaction, every independent
 * request in flight at once: the storage engine's own cost of the same answer.
 */

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.addEventListener('success', () => resolve(r.result));
    r.addEventListener('error', () => reject(r.error));
  });

const rangeKecamatan = (kode: string, status: StatusKepesertaan) => IDBKeyRange.bound([kode, status, '', ''], [kode, status, '\uffff', '\uffff']);

/** A counter's value in `meta` (0 when absent), as `readCounter` reads it. */
const counterIn = async (meta: IDBObjectStore, name: string) =>
  Number(((await request(meta.get(counterKey(name)))) as { value?: number } | undefined)?.value ?? 0);

/**
 * The follow-up page's reads for a kecamatan: `listAntrianIds` (the `antrianKecamatan` range's first `limit` keys and
 * the kecamatan's counter in `meta`), then `listLengkap` for the first `window` rows (their records, each distinct
 * person and cooperative once).
 */
export async function rawAntrianKecamatan(raw: IDBDatabase, kode: string, status: StatusKepesertaan, window: number, limit = 500) {
  const tx = raw.transaction(['kepesertaan', 'anggota', 'koperasi', 'meta'], 'readonly');
  const store = tx.objectStore('kepesertaan');
  const index = store.index('antrianKecamatan');
  const [ids, total] = await Promise.all([
    request(index.getAllKeys(rangeKecamatan(kode, status), limit)) as Promise<string[]>,
    counterIn(tx.objectStore('meta'), counterAntrianKecamatan(kode, status)),
  ]);
  const rows = (await Promise.all(ids.slice(0, window).map((id) => request(store.get(id)) as Promise<KepesertaanRecord | undefined>))).filter(
    (k): k is KepesertaanRecord => k?.deleted === 0,
  );
  const [people, koperasi] = [tx.objectStore('anggota'), tx.objectStore('koperasi')];
  const getAll = (s: IDBObjectStore, keys: readonly string[]) => Promise.all([...new Set(keys)].map(async (id) => [id, await request(s.get(id))] as const));
  const [a, k] = await Promise.all([
    getAll(
      people,
      rows.map((r) => r.anggotaId),
    ),
    getAll(
      koperasi,
      rows.map((r) => r.koperasiId),
    ),
  ]);
  const [personOf, koperasiOf] = [new Map(a), new Map(k)];
  return { ids, total, rows: rows.map((row) => ({ kepesertaan: row, anggota: personOf.get(row.anggotaId), koperasi: koperasiOf.get(row.koperasiId) })) };
}

/** `countWaiting({ kecamatanKode })`: the kecamatan's counter per follow-up status, from `meta`. */
export async function rawJumlahKecamatan(raw: IDBDatabase, kode: string) {
  const meta = raw.transaction('meta', 'readonly').objectStore('meta');
  const counts = await Promise.all(statusMenunggu.map((s) => counterIn(meta, counterAntrianKecamatan(kode, s))));
  return Object.fromEntries(statusMenunggu.map((s, i) => [s, counts[i]!]));
}

/** A kecamatan's waiting enrollments per follow-up status, counted from its ranges (what its counters must equal). */
export async function rawHitungKecamatan(raw: IDBDatabase, kode: string) {
  const index = raw.transaction('kepesertaan', 'readonly').objectStore('kepesertaan').index('antrianKecamatan');
  const counts = await Promise.all(statusMenunggu.map((s) => request(index.count(rangeKecamatan(kode, s)))));
  return Object.fromEntries(statusMenunggu.map((s, i) => [s, counts[i]!]));
}

/**
 * The Orang tab's reads: `PeranRepository.listRoster` (the cooperative's roles in one getAll, the live ones
 * with a person, sorted by the name they carry), then `orang` for the first rows on screen (`window` people).
 */
export async function rawRoster(raw: IDBDatabase, koperasiId: string, window: number) {
  const tx = raw.transaction(['peran', 'anggota'], 'readonly');
  const roles = ((await request(tx.objectStore('peran').index('koperasiId').getAll(koperasiId))) as PeranRecord[])
    .filter((p) => p.deleted === 0 && p.orangRoster)
    .sort((a, b) => (a.orangRoster![0] < b.orangRoster![0] ? -1 : a.orangRoster![0] > b.orangRoster![0] ? 1 : 0));
  const store = tx.objectStore('anggota');
  const ids = [...new Set(roles.slice(0, window).map((r) => r.anggotaId))];
  const people = await Promise.all(ids.map((id) => request(store.get(id)) as Promise<AnggotaRecord | undefined>));
  return { roles, people: people.filter((a): a is AnggotaRecord => a?.deleted === 0) };
}

/** `KoperasiRepository.summary`: three counters from `meta`. */
export async function rawBerandaKoperasi(raw: IDBDatabase) {
  const store = raw.transaction('meta', 'readonly').objectStore('meta');
  const [total, aktif, terdaftarBpjs] = await Promise.all(['koperasi', 'koperasi:status:aktif', 'koperasi:bpjs:terdaftar'].map((n) => counterIn(store, n)));
  return { total, aktif, terdaftarBpjs };
}

/** `KoperasiRepository.kelompokOptions`: the counters per kelompok (one range of `meta`). */
export async function rawKelompokOptions(raw: IDBDatabase) {
  const from = counterKey(KELOMPOK_COUNTER);
  const rows = (await request(
    raw
      .transaction('meta', 'readonly')
      .objectStore('meta')
      .getAll(IDBKeyRange.bound(from, `${from}\uffff`)),
  )) as { key: string; value: number }[];
  const used = new Set<string>(kelompokBawaan);
  for (const r of rows) if (r.value > 0) used.add(r.key.slice(from.length));
  return [...used].sort((a, b) => a.localeCompare(b, 'id'));
}
