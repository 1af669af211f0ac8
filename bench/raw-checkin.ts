import { peranAktif } from '../shared/anggota/peran-schema';
import { tanggalHariIni } from '../shared/format/format-date';
import { matchesSearch, parseSearchQuery } from '../shared/search/search-text';
import type { AnggotaRecord, KegiatanRecord, KehadiranRecord, KoperasiRecord, PeranRecord } from '../renderer/db/database';
import type { JournalEntry } from '../renderer/db/journal-entry';

/**
 * The check-in table's work done with bare IndexedDB on the raw district database (same stores, indexes and
 * records as the app's): the storage engine's own cost of the same answer, without Dexie or the repositories.
 */

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.addEventListener('success', () => resolve(r.result));
    r.addEventListener('error', () => reject(r.error));
  });

const complete = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.addEventListener('complete', () => resolve());
    tx.addEventListener('error', () => reject(tx.error));
    tx.addEventListener('abort', () => reject(tx.error ?? new Error('aborted')));
  });

/** Dexie's startsWith range: every key from the prefix up to the prefix followed by the highest character. */
const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`, false, false);

/** Where a raw search's time goes, stage by stage (each stage waits for the one before). */
export interface RawCariStages {
  /** The people range(s), and beside them the invited cooperatives that match and their officers. */
  readonly peopleAndKoperasi: number;
  /** The event's check-ins, each person's roles, and the people found through a cooperative. */
  readonly perPerson: number;
  /** The people's cooperatives, each once. */
  readonly cooperatives: number;
}

/**
 * What `KehadiranRepository.cari` reads, in one read-only transaction with every independent request in flight at
 * once: the people index range(s) capped at limit + 1, and beside them the cooperatives' token range(s), the
 * matching invited cooperatives (five at a time) and their officers by [koperasiId+peran]; then the event's
 * check-ins (one range), each person's roles by anggotaId and the people found through a cooperative; then their
 * cooperatives, each once; then the same filtering and ranking in memory. The two-word intersection fallback
 * (only when the word-pair range finds nobody) is not mirrored. Returns the rows it would show and its stages' times.
 */
export async function rawCari(db: IDBDatabase, kegiatan: KegiatanRecord, query: string, limit = 20): Promise<{ rows: number; stages: RawCariStages }> {
  const parsed = parseSearchQuery(query);
  if (parsed.prefixes.length === 0) return { rows: 0, stages: { peopleAndKoperasi: 0, perPerson: 0, cooperatives: 0 } };
  const t0 = performance.now();
  const tx = db.transaction(['anggota', 'kehadiran', 'peran', 'koperasi'], 'readonly');
  const finished = complete(tx);
  const [anggota, kehadiran, peran, koperasi] = (['anggota', 'kehadiran', 'peran', 'koperasi'] as const).map((s) => tx.objectStore(s));
  const numeric = /^\d{4,}$/.test(parsed.compact) && parsed.prefixes.every((p) => /^\d+$/.test(p));
  const [a = '', b = ''] = parsed.prefixes;
  const ranges = numeric || parsed.prefixes.length === 1 ? [numeric ? parsed.compact : a] : [`${a} ${b}`, `${b} ${a}`];
  const tokens = anggota!.index('searchTokens');
  const today = tanggalHariIni();

  const invitedKoperasi = async (): Promise<{ matched: typeof kegiatan.undangan; officers: PeranRecord[] }> => {
    if (kegiatan.undangan.length === 0 || parsed.compact.length < 3) return { matched: [], officers: [] };
    const longest = [...parsed.prefixes].sort((x, y) => y.length - x.length)[0]!;
    const koperasiRanges = parsed.compact.length >= 4 && parsed.compact !== longest ? [longest, parsed.compact] : [longest];
    const keys = await Promise.all(koperasiRanges.map((r) => request(koperasi!.index('searchTokens').getAllKeys(prefixRange(r)) as IDBRequest<string[]>)));
    const possible = new Set(keys.flat());
    const candidates = kegiatan.undangan.filter((u) => possible.has(u.koperasiId));
    const matched: (typeof kegiatan.undangan)[number][] = [];
    for (let i = 0; i < candidates.length && matched.length < 5; i += 5) {
      const batch = candidates.slice(i, i + 5);
      const records = await Promise.all(batch.map((u) => request(koperasi!.get(u.koperasiId) as IDBRequest<KoperasiRecord | undefined>)));
      batch.forEach((u, j) => {
        const k = records[j];
        if (matched.length < 5 && k && k.deleted === 0 && matchesSearch(k.searchTokens, parsed)) matched.push(u);
      });
    }
    const officers = (await Promise.all(matched.flatMap((u) => (['pengawas', 'pengurus'] as const).map((jenis) =>
      request(peran!.index('[koperasiId+peran]').getAll([u.koperasiId, jenis]) as IDBRequest<PeranRecord[]>))))).flat().filter((p) => p.deleted === 0 && peranAktif(p, today));
    return { matched, officers };
  };

  const [found, { matched, officers }] = await Promise.all([
    Promise.all(ranges.map((r) => request(tokens.getAll(prefixRange(r), limit + 1) as IDBRequest<AnggotaRecord[]>))),
    invitedKoperasi(),
  ]);
  const t1 = performance.now();
  const seen = new Set<string>();
  const people = found.flat().filter((p) => !seen.has(p.id) && seen.add(p.id) && p.deleted === 0 && matchesSearch(p.searchTokens, parsed));
  const known = new Map(people.map((p) => [p.id, p]));
  const ids = [...new Set([...people.map((p) => p.id), ...matched.flatMap((u) => u.perwakilan), ...officers.map((p) => p.anggotaId)])];
  const wanted = new Set(ids);
  const [checkIns, roles, fetched] = await Promise.all([
    ids.length === 0 ? Promise.resolve([]) : request(kehadiran!.index('[kegiatanId+anggotaId]').getAll(IDBKeyRange.bound([kegiatan.id], [kegiatan.id, []])) as IDBRequest<KehadiranRecord[]>),
    Promise.all(ids.map((id) => request(peran!.index('anggotaId').getAll(id) as IDBRequest<PeranRecord[]>))),
    Promise.all(ids.filter((id) => !known.has(id)).map((id) => request(anggota!.get(id) as IDBRequest<AnggotaRecord | undefined>))),
  ]);
  const t2 = performance.now();
  for (const p of fetched) if (p && p.deleted === 0) known.set(p.id, p);
  const present = new Map<string, KehadiranRecord>();
  for (const h of checkIns) if (h.deleted === 0 && wanted.has(h.anggotaId) && !present.has(h.anggotaId)) present.set(h.anggotaId, h);
  const invitedBy = new Map<string, string>();
  for (const u of kegiatan.undangan) for (const x of u.perwakilan) if (!invitedBy.has(x)) invitedBy.set(x, u.koperasiId);
  const picks = ids.map((id, i) => {
    const own = roles[i]!.filter((r) => r.deleted === 0);
    const chosen = invitedBy.get(id) ?? present.get(id)?.koperasiId;
    return { id, koperasiId: chosen || (own.find((r) => peranAktif(r, today)) ?? own[0])?.koperasiId || '' };
  });
  const koperasiIds = [...new Set(picks.map((p) => p.koperasiId).filter((k) => k !== ''))];
  const cooperatives = new Map((await Promise.all(koperasiIds.map((id) => request(koperasi!.get(id) as IDBRequest<KoperasiRecord | undefined>)))).flatMap((k) => (k ? [[k.id, k] as const] : [])));
  const t3 = performance.now();
  await finished;
  const rows = picks
    .map((p) => ({ anggota: known.get(p.id), koperasi: cooperatives.get(p.koperasiId), diundang: invitedBy.has(p.id) }))
    .filter((r): r is { anggota: AnggotaRecord; koperasi: KoperasiRecord | undefined; diundang: boolean } => r.anggota !== undefined);
  const exact = parsed.compact.length >= 6 && /^\d+$/.test(parsed.compact) ? parsed.compact : null;
  const rank = (r: (typeof rows)[number]) => (exact && (r.anggota.nik === exact || r.anggota.telepon.replace(/\D/g, '').endsWith(exact)) ? 0 : r.diundang ? 1 : 2);
  rows.sort((x, y) => rank(x) - rank(y) || ((x.anggota.namaSort ?? '') < (y.anggota.namaSort ?? '') ? -1 : 1));
  return { rows: Math.min(rows.length, limit), stages: { peopleAndKoperasi: t1 - t0, perPerson: t2 - t1, cooperatives: t3 - t2 } };
}

/**
 * What `KehadiranRepository.checkIn` writes, in one read-write transaction with strict durability (the app
 * database's chromeTransactionDurability): the event and the person's check-ins at it by [kegiatanId+anggotaId]
 * (together), then, if there is none, the prepared record, its journal entry and the `jumlah:kehadiran` counter
 * (read, then put). Timed until the transaction completes, as the app's is until its promise resolves.
 */
export async function rawCheckIn(db: IDBDatabase, record: KehadiranRecord, journal: JournalEntry): Promise<{ ms: number; hasil: 'hadir' | 'sudah_hadir' }> {
  const started = performance.now();
  const tx = db.transaction(['kegiatan', 'kehadiran', 'journal', 'meta'], 'readwrite', { durability: 'strict' });
  const finished = complete(tx);
  const kehadiran = tx.objectStore('kehadiran');
  const [kegiatan, earlier] = await Promise.all([
    request(tx.objectStore('kegiatan').get(record.kegiatanId) as IDBRequest<KegiatanRecord | undefined>),
    request(kehadiran.index('[kegiatanId+anggotaId]').getAll([record.kegiatanId, record.anggotaId]) as IDBRequest<KehadiranRecord[]>),
  ]);
  if (!kegiatan) throw new Error(`raw check-in: kegiatan/${record.kegiatanId} not found`);
  let hasil: 'hadir' | 'sudah_hadir' = 'sudah_hadir';
  if (!earlier.some((h) => h.deleted === 0)) {
    const meta = tx.objectStore('meta');
    kehadiran.add(record);
    tx.objectStore('journal').add(journal);
    const counter = await request(meta.get('jumlah:kehadiran') as IDBRequest<{ value: number } | undefined>);
    meta.put({ key: 'jumlah:kehadiran', value: Number(counter?.value ?? 0) + 1 });
    hasil = 'hadir';
  }
  await finished;
  return { ms: performance.now() - started, hasil };
}

/** Puts the app's event record into the raw database, so both sides search and check in for the same event. */
export async function rawPut(db: IDBDatabase, store: string, value: unknown): Promise<void> {
  const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
  tx.objectStore(store).put(value);
  await complete(tx);
}
