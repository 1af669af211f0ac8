import { peranAktif } from '../shared/anggota/peran-schema';
import { tanggalHariIni } from '../shared/format/format-date';
import { matchesSearch, parseSearchQuery } from '../shared/search/search-text';
import type { AnggotaRecord, KegiatanRecord, KehadiranRecord, KoperasiRecord, PeranRecord } from '../renderer/db/synced-records';
import type { JournalEntry } from '../renderer/db/journal-entry';
import { CARI_LIMIT } from '../renderer/db/kehadiran-repository';

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
  /** The newest change of people, roles and cooperatives, beside the people range(s); and the memo's rebuild when they changed. */
  readonly peopleAndRevision: number;
  /** The karyawan and anggota of a matched invited cooperative (only when one matched), and their records. */
  readonly members: number;
  /** The rows shown: each one's roles and check-ins at the event, then the cooperatives not held in memory. */
  readonly rowsShown: number;
}

/** What the raw side holds in memory for the event, as `KehadiranRepository` does (its UndanganMemo). */
interface RawMemo {
  readonly key: string;
  readonly invitedBy: ReadonlyMap<string, string>;
  readonly people: ReadonlyMap<string, AnggotaRecord>;
  /** The invited cooperatives, undefined for one deleted or missing. */
  readonly koperasi: ReadonlyMap<string, KoperasiRecord | undefined>;
  readonly officers: ReadonlyMap<string, readonly string[]>;
  /** The invited people's roles (read with the memo), and those of rows shown since (the app's SearchRowCache). */
  readonly roles: Map<string, PeranRecord[]>;
  readonly koperasiShown: Map<string, KoperasiRecord | undefined>;
}
let memo: RawMemo | undefined;

/** The event's check-ins held as the app's KehadiranMemo holds them: by id, with the newest stamp they were read at. */
const hadir = { kegiatanId: '', revision: undefined as IDBValidKey | undefined, records: new Map<string, KehadiranRecord>() };

/** The newest key of a store's changedAt index: one step of a reversed key cursor. */
const newestKey = (store: IDBObjectStore) =>
  new Promise<IDBValidKey | undefined>((resolve, reject) => {
    const r = store.index('changedAt').openKeyCursor(null, 'prev');
    r.addEventListener('success', () => resolve(r.result?.key));
    r.addEventListener('error', () => reject(r.error));
  });

/**
 * The freshness keys (the newest `changedAt` of anggota, peran, koperasi and kehadiran, together), then what they
 * say is stale: the event's check-ins stamped since (or its whole range), and the memo of its invited people (with
 * their roles), cooperatives and officers when people, roles or cooperatives changed. What both searches read
 * first, as the app's `undanganMemo` and `KehadiranMemo` do.
 */
async function freshen(tx: IDBTransaction, kegiatan: KegiatanRecord): Promise<RawMemo> {
  const [anggota, kehadiran, peran, koperasi] = (['anggota', 'kehadiran', 'peran', 'koperasi'] as const).map((s) => tx.objectStore(s));
  const today = tanggalHariIni();
  const byRole = peran!.index('[koperasiId+peran]');
  const [revisions, kehadiranRevision] = await Promise.all([Promise.all([anggota!, peran!, koperasi!].map(newestKey)), newestKey(kehadiran!)]);
  if (hadir.kegiatanId !== kegiatan.id || kehadiranRevision === undefined || hadir.revision === undefined || kehadiranRevision < hadir.revision) {
    hadir.records.clear();
    const all = await request(
      kehadiran!.index('[kegiatanId+anggotaId]').getAll(IDBKeyRange.bound([kegiatan.id], [kegiatan.id, []])) as IDBRequest<KehadiranRecord[]>,
    );
    for (const h of all) hadir.records.set(h.id, h);
  } else if (kehadiranRevision > hadir.revision) {
    const since = await request(kehadiran!.index('changedAt').getAll(IDBKeyRange.lowerBound(hadir.revision, true)) as IDBRequest<KehadiranRecord[]>);
    for (const h of since) if (h.kegiatanId === kegiatan.id) hadir.records.set(h.id, h);
  }
  hadir.kegiatanId = kegiatan.id;
  hadir.revision = kehadiranRevision;
  const key = [kegiatan.id, kegiatan.changedAt, today, ...revisions.map(String)].join('|');
  if (memo?.key !== key) {
    const invitedBy = new Map<string, string>();
    for (const u of kegiatan.undangan) for (const x of u.perwakilan) if (!invitedBy.has(x)) invitedBy.set(x, u.koperasiId);
    const keys = kegiatan.undangan.flatMap((u) => (['pengawas', 'pengurus'] as const).map((jenis) => [u.koperasiId, jenis]));
    const invitedIds = [...invitedBy.keys()];
    const [invited, koperasiRecords, roleLists, invitedRoles] = await Promise.all([
      Promise.all(invitedIds.map((id) => request(anggota!.get(id) as IDBRequest<AnggotaRecord | undefined>))),
      Promise.all(kegiatan.undangan.map((u) => request(koperasi!.get(u.koperasiId) as IDBRequest<KoperasiRecord | undefined>))),
      Promise.all(keys.map((k) => request(byRole.getAll(k) as IDBRequest<PeranRecord[]>))),
      Promise.all(invitedIds.map((id) => request(peran!.index('anggotaId').getAll(id) as IDBRequest<PeranRecord[]>))),
    ]);
    const officers = new Map<string, string[]>();
    roleLists.forEach((list, i) => {
      for (const p of list) if (p.deleted === 0 && peranAktif(p, today)) officers.set(keys[i]![0]!, [...(officers.get(keys[i]![0]!) ?? []), p.anggotaId]);
    });
    const people = new Map<string, AnggotaRecord>();
    for (const x of invited) if (x && x.deleted === 0) people.set(x.id, x);
    const rest = [...new Set([...officers.values()].flat())].filter((id) => !people.has(id));
    for (const x of await Promise.all(rest.map((id) => request(anggota!.get(id) as IDBRequest<AnggotaRecord | undefined>))))
      if (x && x.deleted === 0) people.set(x.id, x);
    memo = {
      key,
      invitedBy,
      people,
      officers,
      koperasi: new Map(kegiatan.undangan.map((u, i) => [u.koperasiId, koperasiRecords[i]?.deleted === 0 ? koperasiRecords[i] : undefined] as const)),
      roles: new Map(invitedIds.map((id, i) => [id, invitedRoles[i]!] as const)),
      koperasiShown: new Map(),
    };
  }
  return memo!;
}

/**
 * What `KehadiranRepository.search` reads, in one read-only transaction with every independent request in flight at
 * once: the newest `changedAt` of anggota, peran, koperasi and kehadiran beside the people index range(s) capped at
 * limit + 1 (two words: the two word orders' ranges, lower first); when the first three changed, the memo of the
 * event's invited people (with their roles), cooperatives and their officers is read again (with an empty cache of shown rows); when
 * the check-ins changed, those stamped since (by the changedAt index), or the event's whole range; the matching in
 * memory; for a matched invited cooperative, its karyawan and anggota ranges (limit + 1 each) and the records of
 * those that can still be shown; then for the rows shown only, the roles by anggotaId of people not shown since the
 * memo was read, and the cooperatives not held in memory. The two-word intersection fallback (only when the word-pair ranges find nobody) is not mirrored.
 * Returns the rows it would show and its stages' times.
 */
export async function rawCari(
  db: IDBDatabase,
  kegiatan: KegiatanRecord,
  query: string,
  limit = CARI_LIMIT,
): Promise<{ rows: number; more: boolean; stages: RawCariStages }> {
  const parsed = parseSearchQuery(query);
  if (parsed.prefixes.length === 0) return { rows: 0, more: false, stages: { peopleAndRevision: 0, members: 0, rowsShown: 0 } };
  const t0 = performance.now();
  const tx = db.transaction(['anggota', 'kehadiran', 'peran', 'koperasi'], 'readonly');
  const finished = complete(tx);
  const [anggota, peran, koperasi] = (['anggota', 'peran', 'koperasi'] as const).map((s) => tx.objectStore(s));
  const numeric = /^\d{4,}$/.test(parsed.compact) && parsed.prefixes.every((p) => /^\d+$/.test(p));
  const [a = '', b = ''] = parsed.prefixes;
  const ranges = numeric || parsed.prefixes.length === 1 ? [numeric ? parsed.compact : a] : [`${a} ${b}`, `${b} ${a}`].sort();
  const tokens = anggota!.index('searchTokens');
  const today = tanggalHariIni();
  const byRole = peran!.index('[koperasiId+peran]');

  const [m, found] = await Promise.all([
    freshen(tx, kegiatan),
    Promise.all(ranges.map((r) => request(tokens.getAll(prefixRange(r), limit + 1) as IDBRequest<AnggotaRecord[]>))),
  ]);
  const t1 = performance.now();

  const read = found.flat().slice(0, limit + 1);
  const seen = new Set<string>();
  const byIndex = read.filter((p) => !seen.has(p.id) && seen.add(p.id) && p.deleted === 0 && matchesSearch(p.searchTokens, parsed));
  byIndex.sort((x, y) => compareText(x.namaSort ?? '', y.namaSort ?? ''));
  const people = byIndex.slice(0, limit);
  let more = read.length > limit || byIndex.length > limit;
  const matched = matchKoperasi(kegiatan, m, parsed);
  const invited = matchDiundang(kegiatan, m, parsed, today);
  const exact = parsed.compact.length >= 6 && /^\d+$/.test(parsed.compact) ? parsed.compact : null;
  const candidates = new Map<string, { anggota: AnggotaRecord; rank: number }>();
  const add = (x: AnggotaRecord, rank: number) => {
    const r = exact && (x.nik === exact || x.telepon.replace(/\D/g, '').endsWith(exact)) ? 0 : invited.has(x.id) ? 1 : rank;
    const had = candidates.get(x.id);
    if (!had || r < had.rank) candidates.set(x.id, { anggota: x, rank: r });
  };
  for (const x of invited.values()) add(x, 1);
  for (const x of m.people.values()) if (matchesSearch(x.searchTokens, parsed)) add(x, 2);
  for (const x of people) add(x, 2);
  const officers = new Set<string>();
  for (const u of matched) {
    for (const id of m.officers.get(u.koperasiId) ?? []) {
      if (!m.people.has(id)) continue;
      officers.add(id);
      add(m.people.get(id)!, 2);
    }
  }
  if (matched.length > 0) {
    const first = new Set([...matched.flatMap((u) => u.perwakilan), ...officers]);
    const room = Math.max(0, limit - first.size);
    const lists = await Promise.all(
      matched.flatMap((u) =>
        (['anggota', 'karyawan'] as const).map((jenis) => request(byRole.getAll([u.koperasiId, jenis], limit + 1) as IDBRequest<PeranRecord[]>)),
      ),
    );
    const members = new Set<string>();
    for (const list of lists) {
      if (list.length > limit) more = true;
      for (const p of list) if (p.deleted === 0 && peranAktif(p, today) && !first.has(p.anggotaId)) members.add(p.anggotaId);
    }
    if (members.size > room) more = true;
    const records = await Promise.all([...members].slice(0, room).map((id) => request(anggota!.get(id) as IDBRequest<AnggotaRecord | undefined>)));
    for (const x of records) if (x && x.deleted === 0) add(x, 3);
  }
  const t2 = performance.now();

  const ranked = [...candidates.values()].sort(
    (x, y) => x.rank - y.rank || compareText(x.anggota.namaSort ?? '', y.anggota.namaSort ?? '') || compareText(x.anggota.id, y.anggota.id),
  );
  const shown = ranked.slice(0, limit).map((c) => c.anggota);
  const unread = shown.filter((x) => !m.roles.has(x.id));
  const roleLists = await Promise.all(unread.map((x) => request(peran!.index('anggotaId').getAll(x.id) as IDBRequest<PeranRecord[]>)));
  unread.forEach((x, i) => m.roles.set(x.id, roleLists[i]!));
  const firstCheckIn = (id: string) =>
    [...hadir.records.values()]
      .filter((h) => h.anggotaId === id && h.deleted === 0)
      .sort((x, y) => compareText(x.waktu, y.waktu) || compareText(x.id, y.id))[0];
  const picks = shown.map((x) => {
    const own = m.roles.get(x.id)!.filter((r) => r.deleted === 0);
    const chosen = m.invitedBy.get(x.id) ?? firstCheckIn(x.id)?.koperasiId;
    return { id: x.id, koperasiId: chosen || (own.find((r) => peranAktif(r, today)) ?? own[0])?.koperasiId || '' };
  });
  const koperasiIds = [...new Set(picks.map((p) => p.koperasiId).filter((k) => k !== '' && !m.koperasi.has(k) && !m.koperasiShown.has(k)))];
  const koperasiRead = await Promise.all(koperasiIds.map((id) => request(koperasi!.get(id) as IDBRequest<KoperasiRecord | undefined>)));
  koperasiIds.forEach((id, i) => m.koperasiShown.set(id, koperasiRead[i]));
  const t3 = performance.now();
  await finished;
  return { rows: shown.length, more: more || ranked.length > limit, stages: { peopleAndRevision: t1 - t0, members: t2 - t1, rowsShown: t3 - t2 } };
}

/**
 * What `KehadiranRepository.searchDiundang` reads, in one read-only transaction: the freshness keys (and what they
 * say is stale, `freshen`), nothing else; then the invited people matched, ordered and described from memory (their
 * roles, cooperatives and check-ins). Undefined for a number or a check-in code (a kode undangan is not a name:
 * callers pass only the bench's name, NIK and phone stages), as the app's is.
 */
export async function rawCariDiundang(db: IDBDatabase, kegiatan: KegiatanRecord, query: string, limit = CARI_LIMIT): Promise<{ rows: number } | undefined> {
  const parsed = parseSearchQuery(query);
  if (/^\d+$/.test(parsed.compact)) return undefined;
  if (parsed.prefixes.length === 0) return { rows: 0 };
  const tx = db.transaction(['anggota', 'kehadiran', 'peran', 'koperasi'], 'readonly');
  const finished = complete(tx);
  const m = await freshen(tx, kegiatan);
  const today = tanggalHariIni();
  const shown = [...matchDiundang(kegiatan, m, parsed, today).values()]
    .sort((x, y) => compareText(x.namaSort ?? '', y.namaSort ?? '') || compareText(x.id, y.id))
    .slice(0, limit);
  const rows = shown.map((x) => {
    const own = (m.roles.get(x.id) ?? []).filter((r) => r.deleted === 0);
    const koperasiId = m.invitedBy.get(x.id) ?? '';
    const role = own.find((r) => r.koperasiId === koperasiId);
    const checkIn = [...hadir.records.values()]
      .filter((h) => h.anggotaId === x.id && h.deleted === 0)
      .sort((a, b) => compareText(a.waktu, b.waktu) || compareText(a.id, b.id))[0];
    return { anggota: x, koperasi: m.koperasi.get(koperasiId), jabatan: role?.jabatan ?? '', kehadiran: checkIn };
  });
  await finished;
  return { rows: rows.length };
}

/** The invited cooperatives the query names: the first five, in invitation order (the app's matchKoperasi). */
function matchKoperasi(kegiatan: KegiatanRecord, m: RawMemo, parsed: ReturnType<typeof parseSearchQuery>) {
  if (parsed.compact.length < 3) return [];
  return kegiatan.undangan
    .filter((u) => {
      const k = m.koperasi.get(u.koperasiId);
      return k !== undefined && matchesSearch(k.searchTokens, parsed);
    })
    .slice(0, 5);
}

/** The invited people the query finds from memory (the app's matchDiundang: the search's rank 1). */
function matchDiundang(kegiatan: KegiatanRecord, m: RawMemo, parsed: ReturnType<typeof parseSearchQuery>, today: string): Map<string, AnggotaRecord> {
  const matched = matchKoperasi(kegiatan, m, parsed);
  const ids = new Set(matched.map((u) => u.koperasiId));
  const named = new Set(matched.flatMap((u) => u.perwakilan));
  const out = new Map<string, AnggotaRecord>();
  for (const id of m.invitedBy.keys()) {
    const x = m.people.get(id);
    if (!x) continue;
    if (
      named.has(id) ||
      matchesSearch(x.searchTokens, parsed) ||
      (ids.size > 0 && (m.roles.get(id) ?? []).some((p) => p.deleted === 0 && ids.has(p.koperasiId) && peranAktif(p, today)))
    )
      out.set(id, x);
  }
  return out;
}

const compareText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

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
