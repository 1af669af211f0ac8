import Dexie from 'dexie';
import type { JenisPeran } from '../../shared/anggota/peran-options';
import { peranAktif } from '../../shared/anggota/peran-schema';
import { bisaCheckIn } from '../../shared/kegiatan/kegiatan-options';
import type { Kegiatan, Undangan } from '../../shared/kegiatan/kegiatan-schema';
import { bacaKodeUndangan, kodeUntukKegiatan, type KodeUndangan } from '../../shared/kegiatan/kode-undangan';
import type { PetugasMeja } from '../../shared/kegiatan/petugas-meja';
import { anggotaDariWalkIn, peranDariJabatan, type WalkIn } from '../../shared/kegiatan/walk-in-schema';
import { emptyKepesertaan } from '../../shared/kepesertaan/kepesertaan-schema';
import { tanggalHariIni } from '../../shared/format/format-date';
import { matchesSearch, parseSearchQuery, type ParsedSearch } from '../../shared/search/search-text';
import type { AnggotaRepository } from './anggota-repository';
import type { KopLindungDb } from './database';
import { byWaktu, firstByPerson, KehadiranMemo } from './kehadiran-memo';
import { SearchRowCache } from './search-row-cache';
import type { AnggotaRecord, KegiatanRecord, KehadiranRecord, KoperasiRecord, PeranRecord } from './synced-records';
import type { WritePath } from './write-path';

/** Check-in refused because the event is closed (selesai or dilaporkan): the UI says so and offers to reopen it. */
export class KegiatanClosedError extends Error {
  constructor(readonly kegiatan: KegiatanRecord) {
    super(`kegiatan/${kegiatan.id} is ${kegiatan.status}`);
    this.name = 'KegiatanClosedError';
  }
}

/** The outcome of one check-in: newly present, or already present since an earlier check-in (by whom, when). */
export type HasilCheckIn =
  { readonly hasil: 'hadir'; readonly kehadiran: KehadiranRecord } | { readonly hasil: 'sudah_hadir'; readonly kehadiran: KehadiranRecord };

/**
 * One person on an event's list: invited, present, or both. `koperasi` and `jabatan` are what the daftar hadir
 * prints: the invitation's cooperative, else the one they checked in for, else their first current role.
 */
export interface PesertaKegiatan {
  readonly anggota: AnggotaRecord;
  readonly koperasi: KoperasiRecord | undefined;
  /** Their role in that cooperative; the sheet prints the jabatan, or the role's label when it has none. */
  readonly peran: JenisPeran | undefined;
  readonly jabatan: string;
  readonly diundang: boolean;
  /** The earliest live check-in (the one "sudah hadir" reports). */
  readonly kehadiran: KehadiranRecord | undefined;
}

/** A check-in search's answer: the people to pick from, best first, and whether more matched than shown. */
export interface HasilCari {
  readonly rows: readonly PesertaKegiatan[];
  readonly more: boolean;
  /**
   * Set when the query was a check-in code from a surat undangan (kode-undangan.ts): of this event (its one person
   * in `rows`, or none when the person was deleted since), or of another event, which the table says plainly.
   */
  readonly kodeUndangan?: 'kegiatan_ini' | 'kegiatan_lain';
}

/**
 * What the screen shows once the full search (`search`) answers after its first phase (`searchDiundang`): the
 * first phase's rows where they were, brought up to date from the full answer, then the full answer's others. The
 * full answer begins with those rows anyway (one snapshot); this keeps the officer's rows from moving under the
 * cursor even when a record changed between the two reads. At most `limit` rows.
 */
export function appendFullAnswer(first: HasilCari, full: HasilCari, limit = CARI_LIMIT): HasilCari {
  const shown = new Set(first.rows.map((r) => r.anggota.id));
  const current = new Map(full.rows.map((r) => [r.anggota.id, r]));
  const rows = [...first.rows.map((r) => current.get(r.anggota.id) ?? r), ...full.rows.filter((r) => !shown.has(r.anggota.id))];
  return { ...full, rows: rows.slice(0, Math.max(limit, first.rows.length)), more: full.more || rows.length > Math.max(limit, first.rows.length) };
}

/**
 * People a check-in search shows: what fits under the search box at 1366×768 (two lines a person), so each
 * keystroke describes no one the officer cannot see; they type more letters for anyone further down, or ask for
 * the NIK when a whole name is shared by more people than fit.
 */
export const CARI_LIMIT = 8;

/**
 * The only code that reads or writes check-ins. A check-in reads the person's earlier check-ins at the event and
 * writes its own record in one transaction, so two quick Enters never make two. Each record carries its own id and
 * the device id (the write path adds it), which is what lets a merge from several laptops count people once.
 */
export class KehadiranRepository {
  /** The last event's invited people and cooperatives, for the check-in search (undanganMemo). */
  private memo: UndanganMemo | undefined;
  /** The last event's check-ins, for the check-in search. */
  private readonly hadir: KehadiranMemo;

  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
    private readonly anggota: AnggotaRepository,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.hadir = new KehadiranMemo(db);
  }

  /** The event's live check-ins, in check-in order. */
  async listForKegiatan(kegiatanId: string): Promise<KehadiranRecord[]> {
    const rows = await this.rangeOf(kegiatanId)
      .filter((h) => h.deleted === 0)
      .toArray();
    return rows.sort(byWaktu);
  }

  /** A person's check-ins at any event (their page lists the events they came to). */
  async listForAnggota(anggotaId: string): Promise<KehadiranRecord[]> {
    const rows = await this.db.kehadiran
      .where('anggotaId')
      .equals(anggotaId)
      .filter((h) => h.deleted === 0)
      .toArray();
    return rows.sort(byWaktu);
  }

  /**
   * Everyone on the event's list: the invited representatives and everyone checked in, with what the sheet prints.
   * Sorted by cooperative, then name; people without a cooperative last.
   */
  async listPeserta(kegiatan: KegiatanRecord): Promise<PesertaKegiatan[]> {
    return this.db.transaction('r', [this.db.kehadiran, this.db.anggota, this.db.peran, this.db.koperasi], async () => {
      const checkIns = await this.listForKegiatan(kegiatan.id);
      const invitedBy = new Map<string, string>();
      for (const u of kegiatan.undangan) for (const a of u.perwakilan) if (!invitedBy.has(a)) invitedBy.set(a, u.koperasiId);
      const ids = [...new Set([...invitedBy.keys(), ...checkIns.map((h) => h.anggotaId)])];
      const rows = await this.describe(ids, invitedBy, firstByPerson(checkIns), { diundang: koperasiUndangan(kegiatan) });
      return rows.sort(byKoperasiThenName);
    });
  }

  /**
   * The check-in search's first phase, from memory: for a name query, the invited people it matches (by name, as a
   * named representative of a matched invited cooperative, or by a current role in one), described from what the
   * memo holds (their records, roles and cooperatives). Its only IndexedDB reads are the newest `changedAt` of
   * people, roles, cooperatives and check-ins, in one read-only transaction (plus the check-ins stamped since, and
   * the memo's rebuild when something changed), so the invited person is on screen inside a frame. Its rows are
   * exactly the first rows `search` gives for the same query (rank 1 comes first for any query that is not all
   * digits), so the screen shows them first and puts the full answer's other rows below. `more` is always false
   * here: only the full search knows. Undefined for a query it does not answer: a check-in code or digits (NIK and
   * phone numbers rank their exact match first, which only the full search finds).
   */
  async searchDiundang(kegiatan: KegiatanRecord, query: string, limit = CARI_LIMIT, signal?: AbortSignal): Promise<HasilCari | undefined> {
    if (bacaKodeUndangan(query)) return undefined;
    const parsed = parseSearchQuery(query);
    if (/^\d+$/.test(parsed.compact)) return undefined;
    if (parsed.prefixes.length === 0) return { rows: [], more: false };
    return this.db.transaction('r', [this.db.anggota, this.db.koperasi, this.db.peran, this.db.kehadiran], async () => {
      const [memo, checkIns] = await Promise.all([this.undanganMemo(kegiatan), this.hadir.firstByPerson(kegiatan.id)]);
      signal?.throwIfAborted();
      const shown = [...matchDiundang(memo, parsed, matchKoperasi(kegiatan, memo, parsed)).values()].sort(byName).slice(0, limit);
      const rows = await this.describe(
        shown.map((a) => a.id),
        memo.invitedBy,
        checkIns,
        { known: new Map(shown.map((a) => [a.id, a])), diundang: memo.diundang, knownKoperasi: memo.koperasi, knownRoles: memo.roles, cache: memo.cache },
      );
      return { rows, more: false };
    });
  }

  /**
   * The check-in search: people by name, NIK or phone (the people index), the event's invited people matched in
   * memory, and, for the name of an invited cooperative, its invited representatives, its pengurus and pengawas, and
   * its karyawan and anggota recorded here. Exact NIK or phone matches first, then invited people (what
   * `searchDiundang` answers first, from memory), then the others found by name or as the cooperative's pengurus
   * and pengawas, then its karyawan and anggota; by name within each.
   *
   * It runs on every keystroke, so it reads little, in one read-only transaction: the event's invited people, their
   * roles and cooperatives and those cooperatives' officers are held in memory (`UndanganMemo`, read again only when
   * a person, role or cooperative changed), so an invited person is always found, wherever their name falls in the
   * index; beside that check, one bounded people range. The event's check-ins are held too (`KehadiranMemo`). Only
   * the rows shown (at most `limit`) then have their roles and cooperatives read, all together, and only those not
   * read for an earlier keystroke (`SearchRowCache`): typing on mostly shows the same people, so a keystroke is
   * usually the people range and nothing else. `signal` abandons a stale keystroke's work between reads.
   */
  async search(kegiatan: KegiatanRecord, query: string, limit = CARI_LIMIT, signal?: AbortSignal): Promise<HasilCari> {
    const kode = bacaKodeUndangan(query);
    if (kode) return this.cariKode(kegiatan, kode);
    const parsed = parseSearchQuery(query);
    if (parsed.prefixes.length === 0) return { rows: [], more: false };
    return this.db.transaction('r', [this.db.anggota, this.db.koperasi, this.db.peran, this.db.kehadiran], async () => {
      const [memo, checkIns, people] = await Promise.all([
        this.undanganMemo(kegiatan),
        this.hadir.firstByPerson(kegiatan.id),
        this.anggota.search(query, limit),
      ]);
      signal?.throwIfAborted();
      const matched = matchKoperasi(kegiatan, memo, parsed);
      const invited = matchDiundang(memo, parsed, matched);
      const exact = parsed.compact.length >= 6 && /^\d+$/.test(parsed.compact) ? parsed.compact : null;
      const candidates = new Map<string, { anggota: AnggotaRecord; rank: number }>();
      // Rank 1 is exactly searchDiundang's set, whatever else found the person: its rows stay the answer's first.
      const add = (anggota: AnggotaRecord, rank: number) => {
        const isExact = exact && (anggota.nik === exact || anggota.telepon.replace(/\D/g, '').endsWith(exact));
        const r = isExact ? 0 : invited.has(anggota.id) ? 1 : rank;
        const had = candidates.get(anggota.id);
        if (!had || r < had.rank) candidates.set(anggota.id, { anggota, rank: r });
      };
      for (const a of invited.values()) add(a, 1);
      for (const a of memo.people.values()) if (matchesSearch(a.searchTokens, parsed)) add(a, 2);
      for (const a of people.rows) add(a, 2);
      const officers = new Set<string>();
      for (const u of matched) {
        for (const id of memo.officers.get(u.koperasiId) ?? []) {
          const a = memo.people.get(id);
          if (a) {
            officers.add(id);
            add(a, 2);
          }
        }
      }
      let more = people.more;
      // The cooperative's karyawan and anggota rank last: read only when a cooperative matched and there is room.
      const first = new Set([...matched.flatMap((u) => u.perwakilan), ...officers]);
      const room = Math.max(0, limit - first.size);
      if (matched.length > 0) {
        const members = await this.membersOf(
          matched.map((u) => u.koperasiId),
          first,
          room,
          limit,
        );
        signal?.throwIfAborted();
        more ||= members.more;
        for (const a of members.people) add(a, 3);
      }
      const ranked = [...candidates.values()].sort((a, b) => a.rank - b.rank || byName(a.anggota, b.anggota));
      const shown = ranked.slice(0, limit).map((c) => c.anggota);
      const rows = await this.describe(
        shown.map((a) => a.id),
        memo.invitedBy,
        checkIns,
        { known: new Map(shown.map((a) => [a.id, a])), diundang: memo.diundang, knownKoperasi: memo.koperasi, knownRoles: memo.roles, cache: memo.cache },
      );
      return { rows, more: more || ranked.length > limit };
    });
  }

  /**
   * The person a scanned check-in code names, with the same details as a search row: a scanner types the code and
   * Enter, and the table checks in its first row. The ids are tried as typed, then in lower case (a scanner with
   * Caps Lock on). Nobody when the person was deleted since; nobody, marked, for another event's code.
   */
  private async cariKode(kegiatan: KegiatanRecord, kode: KodeUndangan): Promise<HasilCari> {
    if (!kodeUntukKegiatan(kode, kegiatan.id)) return { rows: [], more: false, kodeUndangan: 'kegiatan_lain' };
    return this.db.transaction('r', [this.db.anggota, this.db.koperasi, this.db.peran, this.db.kehadiran], async () => {
      const [memo, checkIns] = await Promise.all([this.undanganMemo(kegiatan), this.hadir.firstByPerson(kegiatan.id)]);
      const person = (await this.db.anggota.get(kode.anggotaId)) ?? (await this.db.anggota.get(kode.anggotaId.toLowerCase()));
      if (!person || person.deleted !== 0) return { rows: [], more: false, kodeUndangan: 'kegiatan_ini' as const };
      const rows = await this.describe([person.id], memo.invitedBy, checkIns, {
        known: new Map([[person.id, person]]),
        diundang: memo.diundang,
        knownKoperasi: memo.koperasi,
        knownRoles: memo.roles,
        cache: memo.cache,
      });
      return { rows, more: false, kodeUndangan: 'kegiatan_ini' as const };
    });
  }

  /**
   * Checks a person in, or reports the check-in already there. The first check-in of a planned event starts it;
   * a closed event refuses (the officer reopens it first).
   */
  async checkIn(input: { kegiatanId: string; anggotaId: string; koperasiId: string; petugas: string }): Promise<HasilCheckIn> {
    return this.db.transaction('rw', [this.db.kegiatan, this.db.kehadiran, this.db.journal, this.db.meta], async () => {
      await this.openFor(input.kegiatanId);
      const earlier = (await this.db.kehadiran.where('[kegiatanId+anggotaId]').equals([input.kegiatanId, input.anggotaId]).toArray())
        .filter((h) => h.deleted === 0)
        .sort(byWaktu);
      if (earlier[0]) return { hasil: 'sudah_hadir', kehadiran: earlier[0] } as const;
      const kehadiran = await this.writes.create('kehadiran', {
        kegiatanId: input.kegiatanId,
        anggotaId: input.anggotaId,
        koperasiId: input.koperasiId,
        waktu: this.now(),
        petugas: input.petugas,
        walkIn: false,
        inginMendaftar: false,
        kepesertaanId: '',
      });
      return { hasil: 'hadir', kehadiran } as const;
    });
  }

  /**
   * Registers someone who was not in the database and checks them in, all or nothing: the person, their role in
   * the cooperative (from the jabatan they gave) and the check-in. Birth date and sex come from the NIK. A NIK that already belongs to someone is refused
   * with that person (NikInUseError), so the officer checks them in instead.
   */
  async walkIn(kegiatanId: string, values: WalkIn, petugas: string): Promise<KehadiranRecord> {
    return this.db.transaction('rw', [...this.writes.scope('kehadiran', 'anggota'), this.db.kegiatan], async () => {
      await this.openFor(kegiatanId);
      const person = await this.anggota.create(anggotaDariWalkIn(values, tanggalHariIni()));
      if (values.koperasiId) {
        await this.writes.create('peran', {
          anggotaId: person.id,
          koperasiId: values.koperasiId,
          peran: peranDariJabatan(values.jabatan),
          jabatan: values.jabatan,
          mulai: '',
          selesai: '',
          catatan: '',
        });
      }
      return this.writes.create('kehadiran', {
        kegiatanId,
        anggotaId: person.id,
        koperasiId: values.koperasiId,
        waktu: this.now(),
        petugas,
        walkIn: true,
        inginMendaftar: false,
        kepesertaanId: '',
      });
    });
  }

  /**
   * Records that an attendee wants to enroll, as a draft enrollment through their cooperative (PU for its
   * employees, BPU for the others, with the programs every category must have), linked to the event. Turning it
   * off removes that draft if nobody has worked on it since; an enrollment the person already had is linked, never
   * duplicated, and never removed.
   */
  async setInginMendaftar(kehadiranId: string, ingin: boolean): Promise<KehadiranRecord> {
    return this.db.transaction('rw', this.writes.scope('kehadiran', 'kepesertaan', 'anggota'), async () => {
      const h = await this.db.kehadiran.get(kehadiranId);
      if (!h || h.deleted !== 0) throw new Error(`kehadiran/${kehadiranId} not found`);
      if (h.inginMendaftar === ingin) return h;
      if (!ingin) {
        const draft = h.kepesertaanId ? await this.db.kepesertaan.get(h.kepesertaanId) : undefined;
        const untouched = draft && draft.deleted === 0 && draft.status === 'draf' && draft.kegiatanId === h.kegiatanId && draft.createdAt === draft.changedAt;
        if (untouched) await this.writes.remove('kepesertaan', draft.id);
        return this.writes.update('kehadiran', h.id, { inginMendaftar: false, kepesertaanId: untouched ? '' : h.kepesertaanId });
      }
      const existing = (await this.db.kepesertaan.where('anggotaId').equals(h.anggotaId).toArray()).find(
        (k) => k.deleted === 0 && k.status !== 'ditolak' && k.status !== 'nonaktif' && (!h.koperasiId || k.koperasiId === h.koperasiId),
      );
      let kepesertaanId = existing?.id;
      if (!kepesertaanId) {
        const roles = await this.db.peran
          .where('anggotaId')
          .equals(h.anggotaId)
          .filter((p) => p.deleted === 0)
          .toArray();
        const koperasiId = h.koperasiId || roles[0]?.koperasiId || '';
        if (!koperasiId) throw new NoKoperasiError();
        const karyawan = roles.some((p) => p.koperasiId === koperasiId && p.peran === 'karyawan');
        const draft = await this.writes.create('kepesertaan', {
          ...emptyKepesertaan(h.anggotaId, koperasiId),
          kategori: karyawan ? 'PU' : 'BPU',
          program: ['JKK', 'JKM'],
          statusSejak: this.now(),
          kegiatanId: h.kegiatanId,
        });
        kepesertaanId = draft.id;
      }
      return this.writes.update('kehadiran', h.id, { inginMendaftar: true, kepesertaanId });
    });
  }

  /**
   * The officer last confirmed at this event's check-in table, and the day (null when never). Local to this laptop
   * (the meta table, never exported): it is about who sits at this laptop's table, not a record of the office.
   */
  async getPetugasMeja(kegiatanId: string): Promise<PetugasMeja | null> {
    return ((await this.db.meta.get(`meja:${kegiatanId}`))?.value as PetugasMeja | undefined) ?? null;
  }

  /** Records who the officer said is at the table today (perluTanyaPetugasMeja asks until they do). */
  async setPetugasMeja(kegiatanId: string, meja: PetugasMeja): Promise<void> {
    await this.db.meta.put({ key: `meja:${kegiatanId}`, value: { tanggal: meja.tanggal, petugas: meja.petugas } });
  }

  /** Cancels a mistaken check-in (the wrong person picked); undo is `restore`. */
  remove(kehadiranId: string): Promise<void> {
    return this.writes.remove('kehadiran', kehadiranId);
  }

  restore(kehadiranId: string): Promise<void> {
    return this.writes.restore('kehadiran', kehadiranId);
  }

  private rangeOf(kegiatanId: string) {
    return this.db.kehadiran.where('[kegiatanId+anggotaId]').between([kegiatanId, Dexie.minKey], [kegiatanId, Dexie.maxKey], true, true);
  }

  /** Starts a planned event on its first check-in; refuses a closed one. Inside the caller's transaction. */
  private async openFor(kegiatanId: string): Promise<KegiatanRecord> {
    const kegiatan = await this.db.kegiatan.get(kegiatanId);
    if (!kegiatan || kegiatan.deleted === 1) throw new Error(`kegiatan/${kegiatanId} not found`);
    if (!bisaCheckIn(kegiatan.status)) throw new KegiatanClosedError(kegiatan);
    if (kegiatan.status === 'direncanakan') return this.writes.update('kegiatan', kegiatanId, { status: 'berlangsung' });
    return kegiatan;
  }

  /**
   * What the check-in search matches in memory for an event: its invited people and their roles, its invited
   * cooperatives and their current pengurus and pengawas (with their records). Built once per event and kept while
   * nobody, no role and no cooperative changes: each search first reads the newest `changedAt` of those three tables
   * (one key each; every write and every merge stamps a newer one), so a rename, a walk-in or an import is seen on
   * the next keystroke. The invited people's roles are read here, once, so `searchDiundang` describes its rows from
   * memory. Call inside a read transaction over anggota, koperasi and peran.
   */
  private async undanganMemo(kegiatan: KegiatanRecord): Promise<UndanganMemo> {
    const today = tanggalHariIni();
    const revisions = await Promise.all([this.db.anggota, this.db.peran, this.db.koperasi].map((t) => t.orderBy('changedAt').lastKey()));
    const key = [kegiatan.id, kegiatan.changedAt, today, ...revisions.map(String)].join('|');
    if (this.memo?.key === key) return this.memo;
    const invitedBy = new Map<string, string>();
    for (const u of kegiatan.undangan) for (const a of u.perwakilan) if (!invitedBy.has(a)) invitedBy.set(a, u.koperasiId);
    const koperasiIds = kegiatan.undangan.map((u) => u.koperasiId);
    const keys = koperasiIds.flatMap((k) => (['pengawas', 'pengurus'] as const).map((peran) => [k, peran] as const));
    const invitedIds = [...invitedBy.keys()];
    // One range read per person (getAll), all in flight together, as describe reads them.
    const [invited, koperasi, roleLists, invitedRoles] = await Promise.all([
      this.db.anggota.bulkGet(invitedIds),
      this.db.koperasi.bulkGet(koperasiIds),
      Promise.all(
        keys.map((k) =>
          this.db.peran
            .where('[koperasiId+peran]')
            .equals([...k])
            .toArray(),
        ),
      ),
      Promise.all(invitedIds.map((id) => this.db.peran.where('anggotaId').equals(id).toArray())),
    ]);
    const officers = new Map<string, string[]>();
    roleLists.forEach((list, i) => {
      const koperasiId = keys[i]![0];
      for (const p of list) if (p.deleted === 0 && peranAktif(p, today)) officers.set(koperasiId, [...(officers.get(koperasiId) ?? []), p.anggotaId]);
    });
    const people = new Map<string, AnggotaRecord>();
    for (const a of invited) if (a && a.deleted === 0) people.set(a.id, a);
    const rest = [...new Set([...officers.values()].flat())].filter((id) => !people.has(id));
    for (const a of await this.db.anggota.bulkGet(rest)) if (a && a.deleted === 0) people.set(a.id, a);
    this.memo = {
      key,
      invitedBy,
      diundang: koperasiUndangan(kegiatan),
      people,
      koperasi: new Map(koperasiIds.map((id, i) => [id, koperasi[i]?.deleted === 0 ? koperasi[i] : undefined] as const)),
      roles: new Map(invitedIds.map((id, i) => [id, invitedRoles[i]!] as const)),
      officers,
      cache: new SearchRowCache(),
    };
    return this.memo;
  }

  /**
   * The karyawan and anggota of matched invited cooperatives, not already among `first`: of each [koperasiId+peran]
   * range only as many as the search can show (plus one, to know there are more) are read, and of those only `room`
   * people's records. A big cooperative has thousands of anggota.
   */
  private async membersOf(
    koperasiIds: readonly string[],
    first: ReadonlySet<string>,
    room: number,
    limit: number,
  ): Promise<{ people: AnggotaRecord[]; more: boolean }> {
    const today = tanggalHariIni();
    const keys = koperasiIds
      .flatMap((k) => (['anggota', 'karyawan'] as const).map((peran) => [k, peran] as const))
      .sort((a, b) => compareText(a[0], b[0]) || compareText(a[1], b[1]));
    // limit without a filter stays one getAll with a count, not a cursor walked a row at a time.
    const lists = await Promise.all(
      keys.map((k) =>
        this.db.peran
          .where('[koperasiId+peran]')
          .equals([...k])
          .limit(limit + 1)
          .toArray(),
      ),
    );
    const members = new Set<string>();
    let more = false;
    for (const list of lists) {
      if (list.length > limit) more = true;
      for (const p of list) if (p.deleted === 0 && peranAktif(p, today) && !first.has(p.anggotaId)) members.add(p.anggotaId);
    }
    const wanted = [...members].slice(0, room);
    const people = (await this.db.anggota.bulkGet(wanted)).filter((a): a is AnggotaRecord => a !== undefined && a.deleted === 0);
    return { people, more: more || members.size > room };
  }

  /**
   * Joins people with their cooperative, jabatan, invitation and check-in. Call inside a read transaction over
   * anggota, peran and koperasi: it reads per person, except what `known`, `knownKoperasi` and `cache` hold.
   */
  private async describe(
    ids: readonly string[],
    invitedBy: ReadonlyMap<string, string>,
    checkIns: ReadonlyMap<string, KehadiranRecord>,
    { known = new Map(), diundang = new Set(), knownKoperasi = new Map(), knownRoles = new Map(), cache }: DescribeOptions = {},
  ): Promise<PesertaKegiatan[]> {
    const missing = ids.filter((id) => !known.has(id));
    const unread = ids.filter((id) => !knownRoles.has(id) && !cache?.getRoles(id));
    // One range read per person (getAll), all in flight together: anyOf would walk a cursor, a round trip a row.
    const [fetched, roleLists] = await Promise.all([
      missing.length > 0 ? this.db.anggota.bulkGet(missing) : [],
      Promise.all(unread.map((id) => this.db.peran.where('anggotaId').equals(id).toArray())),
    ]);
    const read = new Map(unread.map((id, i) => [id, roleLists[i]!]));
    for (const [id, list] of read) cache?.setRoles(id, list);
    const people = new Map(known);
    fetched.forEach((a) => a && a.deleted === 0 && people.set(a.id, a));
    const rolesOf = new Map(ids.map((id) => [id, (read.get(id) ?? knownRoles.get(id) ?? cache?.getRoles(id) ?? []).filter((p) => p.deleted === 0)]));
    const today = tanggalHariIni();
    const koperasiOf = (id: string) => {
      const chosen = invitedBy.get(id) ?? checkIns.get(id)?.koperasiId;
      const mine = rolesOf.get(id) ?? [];
      // Someone in two cooperatives, one of them invited, came for the invited one (and counts as its representative).
      const role =
        (chosen ? mine.find((r) => r.koperasiId === chosen) : undefined) ??
        mine.find((r) => peranAktif(r, today) && diundang.has(r.koperasiId)) ??
        mine.find((r) => peranAktif(r, today)) ??
        mine[0];
      return { koperasiId: chosen || role?.koperasiId || '', role: chosen && role?.koperasiId !== chosen ? undefined : role };
    };
    const picks = ids.map((id) => ({ id, ...koperasiOf(id) }));
    // Each cooperative read once, however many of the people belong to it.
    const koperasiById = new Map(knownKoperasi);
    const wanted = [...new Set(picks.map((p) => p.koperasiId).filter((k) => k !== '' && !knownKoperasi.has(k)))];
    for (const id of wanted) if (cache?.hasKoperasi(id)) koperasiById.set(id, cache.getKoperasi(id));
    const koperasiIds = wanted.filter((id) => !cache?.hasKoperasi(id));
    if (koperasiIds.length > 0) {
      const found = await this.db.koperasi.bulkGet(koperasiIds);
      koperasiIds.forEach((id, i) => {
        cache?.setKoperasi(id, found[i]);
        koperasiById.set(id, found[i]);
      });
    }
    const out: PesertaKegiatan[] = [];
    picks.forEach((p) => {
      const anggota = people.get(p.id);
      if (!anggota) return;
      const k = koperasiById.get(p.koperasiId);
      out.push({
        anggota,
        koperasi: k && k.deleted === 0 ? k : undefined,
        peran: p.role?.peran,
        jabatan: p.role?.jabatan ?? '',
        diundang: invitedBy.has(p.id),
        kehadiran: checkIns.get(p.id),
      });
    });
    return out;
  }
}

/** What the check-in search holds in memory for one event (KehadiranRepository.undanganMemo). */
interface UndanganMemo {
  /** The event, the day (roles end) and the newest change of people, roles and cooperatives it was read at. */
  readonly key: string;
  readonly invitedBy: ReadonlyMap<string, string>;
  readonly diundang: ReadonlySet<string>;
  /** The live invited people and the live officers of the invited cooperatives. */
  readonly people: ReadonlyMap<string, AnggotaRecord>;
  /** The invited cooperatives: the record, or undefined for one deleted or missing (so nobody reads it again). */
  readonly koperasi: ReadonlyMap<string, KoperasiRecord | undefined>;
  /** Each invited person's roles (live and deleted, as the index holds them), read with the memo. */
  readonly roles: ReadonlyMap<string, readonly PeranRecord[]>;
  /** Per invited cooperative, its current pengurus and pengawas, in index order. */
  readonly officers: ReadonlyMap<string, readonly string[]>;
  /** The roles and cooperatives of rows shown since: read once per memo, so they are as current as it is. */
  readonly cache: SearchRowCache;
}

/** What `describe` need not read: people and cooperatives in hand, and what earlier keystrokes read. */
interface DescribeOptions {
  readonly known?: ReadonlyMap<string, AnggotaRecord>;
  /** The event's invited cooperatives: a person in two cooperatives came for the invited one. */
  readonly diundang?: ReadonlySet<string>;
  readonly knownKoperasi?: ReadonlyMap<string, KoperasiRecord | undefined>;
  /** People whose roles are in hand (the memo's invited people). */
  readonly knownRoles?: ReadonlyMap<string, readonly PeranRecord[]>;
  readonly cache?: SearchRowCache | undefined;
}

/** An attendee with no cooperative cannot enroll through one: the UI asks to add their role first. */
export class NoKoperasiError extends Error {
  constructor() {
    super('attendee has no cooperative');
    this.name = 'NoKoperasiError';
  }
}

const koperasiUndangan = (kegiatan: Pick<Kegiatan, 'undangan'>): ReadonlySet<string> => new Set(kegiatan.undangan.map((u) => u.koperasiId));

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The check-in search's order within a rank: by name, then id (so every run shows the same order). */
const byName = (a: AnggotaRecord, b: AnggotaRecord) => compareText(a.namaSort ?? '', b.namaSort ?? '') || compareText(a.id, b.id);

/** The invited cooperatives whose name (or legal number) the query matches: the first five, in invitation order. */
function matchKoperasi(kegiatan: KegiatanRecord, memo: UndanganMemo, parsed: ParsedSearch): Undangan[] {
  if (parsed.compact.length < 3) return [];
  return kegiatan.undangan
    .filter((u) => {
      const k = memo.koperasi.get(u.koperasiId);
      return k !== undefined && matchesSearch(k.searchTokens, parsed);
    })
    .slice(0, 5);
}

/**
 * The invited people a query finds, from memory (the check-in search's rank 1): those whose name, NIK or phone it
 * matches, the named representatives of a matched invited cooperative, and invited people with a current role in
 * one (its officers, karyawan or anggota who were invited for another). `matched`: the invited cooperatives the
 * query names (matchKoperasi), which the full search needs too, so each keystroke matches them once.
 */
function matchDiundang(memo: UndanganMemo, parsed: ParsedSearch, matched: readonly Undangan[]): Map<string, AnggotaRecord> {
  const koperasiIds = new Set(matched.map((u) => u.koperasiId));
  const named = new Set(matched.flatMap((u) => u.perwakilan));
  const today = tanggalHariIni();
  const out = new Map<string, AnggotaRecord>();
  for (const id of memo.invitedBy.keys()) {
    const a = memo.people.get(id);
    if (!a) continue;
    const found =
      named.has(id) ||
      matchesSearch(a.searchTokens, parsed) ||
      (koperasiIds.size > 0 && (memo.roles.get(id) ?? []).some((p) => p.deleted === 0 && koperasiIds.has(p.koperasiId) && peranAktif(p, today)));
    if (found) out.set(id, a);
  }
  return out;
}

function byKoperasiThenName(a: PesertaKegiatan, b: PesertaKegiatan): number {
  const ka = a.koperasi?.namaSort ?? '\uffff';
  const kb = b.koperasi?.namaSort ?? '\uffff';
  return compareText(ka, kb) || compareText(a.anggota.namaSort ?? '', b.anggota.namaSort ?? '') || compareText(a.anggota.id, b.anggota.id);
}
