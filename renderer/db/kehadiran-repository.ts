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
import { matchesSearch, parseSearchQuery } from '../../shared/search/search-text';
import type { AnggotaRepository } from './anggota-repository';
import type { AnggotaRecord, KegiatanRecord, KehadiranRecord, KopLindungDb, KoperasiRecord, PeranRecord } from './database';
import type { WritePath } from './write-path';

/** Check-in refused because the event is closed (selesai or dilaporkan): the UI says so and offers to reopen it. */
export class KegiatanDitutupError extends Error {
  constructor(readonly kegiatan: KegiatanRecord) {
    super(`kegiatan/${kegiatan.id} is ${kegiatan.status}`);
    this.name = 'KegiatanDitutupError';
  }
}

/** The outcome of one check-in: newly present, or already present since an earlier check-in (by whom, when). */
export type HasilCheckIn =
  | { readonly hasil: 'hadir'; readonly kehadiran: KehadiranRecord }
  | { readonly hasil: 'sudah_hadir'; readonly kehadiran: KehadiranRecord };

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

/** People a check-in search shows; the officer types more letters for anyone further down. */
export const CARI_LIMIT = 20;

/**
 * The only code that reads or writes check-ins. A check-in reads the person's earlier check-ins at the event and
 * writes its own record in one transaction, so two quick Enters never make two. Each record carries its own id and
 * the device id (the write path adds it), which is what lets a merge from several laptops count people once.
 */
export class KehadiranRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
    private readonly anggota: AnggotaRepository,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** The event's live check-ins, in check-in order. */
  async forKegiatan(kegiatanId: string): Promise<KehadiranRecord[]> {
    const rows = await this.rangeOf(kegiatanId).filter((h) => h.deleted === 0).toArray();
    return rows.sort(byWaktu);
  }

  /** A person's check-ins at any event (their page lists the events they came to). */
  async forAnggota(anggotaId: string): Promise<KehadiranRecord[]> {
    const rows = await this.db.kehadiran.where('anggotaId').equals(anggotaId).filter((h) => h.deleted === 0).toArray();
    return rows.sort(byWaktu);
  }

  /**
   * Everyone on the event's list: the invited representatives and everyone checked in, with what the sheet prints.
   * Sorted by cooperative, then name; people without a cooperative last.
   */
  async daftarPeserta(kegiatan: KegiatanRecord): Promise<PesertaKegiatan[]> {
    return this.db.transaction('r', [this.db.kehadiran, this.db.anggota, this.db.peran, this.db.koperasi], async () => {
      const checkIns = await this.forKegiatan(kegiatan.id);
      const invitedBy = new Map<string, string>();
      for (const u of kegiatan.undangan) for (const a of u.perwakilan) if (!invitedBy.has(a)) invitedBy.set(a, u.koperasiId);
      const ids = [...new Set([...invitedBy.keys(), ...checkIns.map((h) => h.anggotaId)])];
      const rows = await this.describe(ids, invitedBy, firstByPerson(checkIns), new Map(), koperasiUndangan(kegiatan));
      return rows.sort(byKoperasiThenName);
    });
  }

  /**
   * The check-in search: people by name, NIK or phone (the people index), and, for the name of an invited
   * cooperative, its invited representatives, its pengurus and pengawas, and its karyawan and anggota recorded here.
   * Exact NIK or phone matches first, then invited people, then the others found by name or as the cooperative's
   * pengurus and pengawas, then its karyawan and anggota; by name within each. It runs on every keystroke, so it is one read-only transaction with few requests,
   * those that do not depend on each other sent together: the people range and the matching invited cooperatives,
   * then the event's check-ins, each person's roles (one indexed read each, not a cursor walk) and records, then
   * their cooperatives, each once.
   */
  async cari(kegiatan: KegiatanRecord, query: string, limit = CARI_LIMIT): Promise<HasilCari> {
    const kode = bacaKodeUndangan(query);
    if (kode) return this.cariKode(kegiatan, kode);
    const parsed = parseSearchQuery(query);
    if (parsed.prefixes.length === 0) return { rows: [], more: false };
    const invitedBy = new Map<string, string>();
    for (const u of kegiatan.undangan) for (const a of u.perwakilan) if (!invitedBy.has(a)) invitedBy.set(a, u.koperasiId);

    return this.db.transaction('r', [this.db.anggota, this.db.koperasi, this.db.peran, this.db.kehadiran], async () => {
      const [people, viaKoperasi] = await Promise.all([this.anggota.search(query, limit), this.peopleOfInvitedKoperasi(kegiatan, parsed, limit)]);
      const ids = [...new Set([...people.rows.map((a) => a.id), ...viaKoperasi.ids])];
      const known = new Map(people.rows.map((a) => [a.id, a]));
      const rows = await this.describe(ids, invitedBy, this.checkInsOf(kegiatan.id, ids), known, koperasiUndangan(kegiatan));
      const exact = parsed.compact.length >= 6 && /^\d+$/.test(parsed.compact) ? parsed.compact : null;
      const byNameOrOffice = new Set(people.rows.map((a) => a.id));
      const rank = (p: PesertaKegiatan) =>
        exact && (p.anggota.nik === exact || p.anggota.telepon.replace(/\D/g, '').endsWith(exact)) ? 0
        : p.diundang ? 1
        : byNameOrOffice.has(p.anggota.id) || !viaKoperasi.members.has(p.anggota.id) ? 2
        : 3;
      rows.sort((a, b) => rank(a) - rank(b) || compareText(a.anggota.namaSort ?? '', b.anggota.namaSort ?? ''));
      return { rows: rows.slice(0, limit), more: people.more || viaKoperasi.more || rows.length > limit };
    });
  }

  /**
   * The person a scanned check-in code names, with the same details as a search row: a scanner types the code and
   * Enter, and the table checks in its first row. The ids are tried as typed, then in lower case (a scanner with
   * Caps Lock on). Nobody when the person was deleted since; nobody, marked, for another event's code.
   */
  private async cariKode(kegiatan: KegiatanRecord, kode: KodeUndangan): Promise<HasilCari> {
    if (!kodeUntukKegiatan(kode, kegiatan.id)) return { rows: [], more: false, kodeUndangan: 'kegiatan_lain' };
    const invitedBy = new Map<string, string>();
    for (const u of kegiatan.undangan) for (const a of u.perwakilan) if (!invitedBy.has(a)) invitedBy.set(a, u.koperasiId);
    return this.db.transaction('r', [this.db.anggota, this.db.koperasi, this.db.peran, this.db.kehadiran], async () => {
      const person = (await this.db.anggota.get(kode.anggotaId)) ?? (await this.db.anggota.get(kode.anggotaId.toLowerCase()));
      if (!person || person.deleted !== 0) return { rows: [], more: false, kodeUndangan: 'kegiatan_ini' as const };
      const rows = await this.describe([person.id], invitedBy, this.checkInsOf(kegiatan.id, [person.id]), new Map([[person.id, person]]), koperasiUndangan(kegiatan));
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
        kegiatanId: input.kegiatanId, anggotaId: input.anggotaId, koperasiId: input.koperasiId, waktu: this.now(), petugas: input.petugas,
        walkIn: false, inginMendaftar: false, kepesertaanId: '',
      });
      return { hasil: 'hadir', kehadiran } as const;
    });
  }

  /**
   * Registers someone who was not in the database and checks them in, all or nothing: the person, their role in
   * the cooperative (from the jabatan they gave) and the check-in. Birth date and sex come from the NIK. A NIK that already belongs to someone is refused
   * with that person (NikSudahTerdaftarError), so the officer checks them in instead.
   */
  async walkIn(kegiatanId: string, values: WalkIn, petugas: string): Promise<KehadiranRecord> {
    return this.db.transaction('rw', [this.db.kegiatan, this.db.kehadiran, this.db.anggota, this.db.peran, this.db.journal, this.db.meta], async () => {
      await this.openFor(kegiatanId);
      const person = await this.anggota.create(anggotaDariWalkIn(values, tanggalHariIni()));
      if (values.koperasiId) {
        await this.writes.create('peran', {
          anggotaId: person.id, koperasiId: values.koperasiId, peran: peranDariJabatan(values.jabatan), jabatan: values.jabatan,
          mulai: '', selesai: '', catatan: '',
        });
      }
      return this.writes.create('kehadiran', {
        kegiatanId, anggotaId: person.id, koperasiId: values.koperasiId, waktu: this.now(), petugas, walkIn: true, inginMendaftar: false, kepesertaanId: '',
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
    return this.db.transaction('rw', [this.db.kehadiran, this.db.kepesertaan, this.db.peran, this.db.journal, this.db.meta], async () => {
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
        const roles = await this.db.peran.where('anggotaId').equals(h.anggotaId).filter((p) => p.deleted === 0).toArray();
        const koperasiId = h.koperasiId || roles[0]?.koperasiId || '';
        if (!koperasiId) throw new TanpaKoperasiError();
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
  async petugasMeja(kegiatanId: string): Promise<PetugasMeja | null> {
    return ((await this.db.meta.get(`meja:${kegiatanId}`))?.value as PetugasMeja | undefined) ?? null;
  }

  /** Records who the officer said is at the table today (perluTanyaPetugasMeja asks until they do). */
  async tetapkanPetugasMeja(kegiatanId: string, meja: PetugasMeja): Promise<void> {
    await this.db.meta.put({ key: `meja:${kegiatanId}`, value: { tanggal: meja.tanggal, petugas: meja.petugas } });
  }

  /** Cancels a mistaken check-in (the wrong person picked); undo is `restore`. */
  batalkan(kehadiranId: string): Promise<void> {
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
    if (!bisaCheckIn(kegiatan.status)) throw new KegiatanDitutupError(kegiatan);
    if (kegiatan.status === 'direncanakan') return this.writes.update('kegiatan', kegiatanId, { status: 'berlangsung' });
    return kegiatan;
  }

  /**
   * The people of the invited cooperatives whose name matches (at most 5, in invitation order): the invited
   * representatives, the pengurus and pengawas, and the karyawan and anggota (`members`). The cooperatives' token
   * index says which could match (one key range for the longest typed word, one for the whole query when it is a
   * number-like run), so only those are read, five at a time, instead of every invited cooperative on every
   * keystroke. A big cooperative has thousands of anggota: of its karyawan and anggota only as many as the search
   * can show (plus one, to know there are more) are read from each [koperasiId+peran] range, ended or not.
   */
  private async peopleOfInvitedKoperasi(
    kegiatan: Kegiatan,
    parsed: ReturnType<typeof parseSearchQuery>,
    limit: number,
  ): Promise<{ ids: string[]; members: ReadonlySet<string>; more: boolean }> {
    const none = { ids: [], members: new Set<string>(), more: false };
    if (kegiatan.undangan.length === 0 || parsed.compact.length < 3) return none;
    const longest = [...parsed.prefixes].sort((a, b) => b.length - a.length)[0]!;
    const ranges = parsed.compact.length >= 4 && parsed.compact !== longest ? [longest, parsed.compact] : [longest];
    const tokens = this.db.koperasi.where('searchTokens');
    const possible = new Set((await Promise.all(ranges.map((r) => tokens.startsWith(r).primaryKeys()))).flat());
    const candidates = kegiatan.undangan.filter((u) => possible.has(u.koperasiId));
    const matched: Undangan[] = [];
    for (let i = 0; i < candidates.length && matched.length < 5; i += 5) {
      const batch = candidates.slice(i, i + 5);
      const koperasi = await this.db.koperasi.bulkGet(batch.map((u) => u.koperasiId));
      batch.forEach((u, j) => {
        const k = koperasi[j];
        if (matched.length < 5 && k && k.deleted === 0 && matchesSearch(k.searchTokens, parsed)) matched.push(u);
      });
    }
    if (matched.length === 0) return none;
    // In index order ([koperasiId, peran]), one range read per key, all at once; the members' ranges stop early.
    const keys = matched.flatMap((u) => (['anggota', 'karyawan', 'pengawas', 'pengurus'] as const).map((peran) => [u.koperasiId, peran] as const))
      .sort((a, b) => compareText(a[0], b[0]) || compareText(a[1], b[1]));
    const today = tanggalHariIni();
    const live = (p: PeranRecord) => p.deleted === 0 && peranAktif(p, today);
    const lists = await Promise.all(
      keys.map(([koperasiId, peran]) => {
        const range = this.db.peran.where('[koperasiId+peran]').equals([koperasiId, peran]);
        // limit without a filter stays one getAll with a count, not a cursor walked a row at a time.
        return peran === 'pengurus' || peran === 'pengawas' ? range.toArray() : range.limit(limit + 1).toArray();
      }),
    );
    const officers = new Set<string>();
    const members = new Set<string>();
    let more = false;
    lists.forEach((list, i) => {
      const member = keys[i]![1] === 'anggota' || keys[i]![1] === 'karyawan';
      if (member && list.length > limit) more = true;
      for (const p of list) if (live(p)) (member ? members : officers).add(p.anggotaId);
    });
    const first = new Set([...matched.flatMap((u) => u.perwakilan), ...officers]);
    for (const id of first) members.delete(id);
    // They rank last, so no more of them than can still be shown are described (a read per person).
    const room = Math.max(0, limit - first.size);
    const shown = [...members].slice(0, room);
    return { ids: [...first, ...shown], members: new Set(shown), more: more || members.size > room };
  }

  /**
   * The people's earliest live check-ins at the event. One range read of the event's check-ins (hundreds of small
   * records at most) costs less than a [kegiatanId+anggotaId] read per person shown.
   */
  private async checkInsOf(kegiatanId: string, ids: readonly string[]): Promise<Map<string, KehadiranRecord>> {
    if (ids.length === 0) return new Map();
    const wanted = new Set(ids);
    const all = await this.rangeOf(kegiatanId).toArray();
    return firstByPerson(all.filter((h) => h.deleted === 0 && wanted.has(h.anggotaId)));
  }

  /**
   * Joins people with their cooperative, jabatan, invitation and check-in. Call inside a read transaction over
   * anggota, peran and koperasi (and kehadiran, for a pending `checkInsRead`): it reads per person.
   */
  private async describe(
    ids: readonly string[],
    invitedBy: ReadonlyMap<string, string>,
    checkInsRead: ReadonlyMap<string, KehadiranRecord> | Promise<ReadonlyMap<string, KehadiranRecord>>,
    known: ReadonlyMap<string, AnggotaRecord> = new Map(),
    diundang: ReadonlySet<string> = new Set(),
  ): Promise<PesertaKegiatan[]> {
    const missing = ids.filter((id) => !known.has(id));
    // One range read per person (getAll), all in flight together: anyOf would walk a cursor, a round trip a row.
    const [fetched, roleLists, checkIns] = await Promise.all([
      this.db.anggota.bulkGet(missing),
      Promise.all(ids.map((id) => this.db.peran.where('anggotaId').equals(id).toArray())),
      checkInsRead,
    ]);
    const roles = roleLists.flat().filter((p) => p.deleted === 0);
    const people = new Map(known);
    fetched.forEach((a) => a && a.deleted === 0 && people.set(a.id, a));
    const rolesOf = new Map<string, PeranRecord[]>();
    for (const r of roles) rolesOf.set(r.anggotaId, [...(rolesOf.get(r.anggotaId) ?? []), r]);
    const today = tanggalHariIni();
    const koperasiOf = (id: string) => {
      const chosen = invitedBy.get(id) ?? checkIns.get(id)?.koperasiId;
      const mine = rolesOf.get(id) ?? [];
      // Someone in two cooperatives, one of them invited, came for the invited one (and counts as its representative).
      const role = (chosen ? mine.find((r) => r.koperasiId === chosen) : undefined)
        ?? mine.find((r) => peranAktif(r, today) && diundang.has(r.koperasiId)) ?? mine.find((r) => peranAktif(r, today)) ?? mine[0];
      return { koperasiId: chosen || role?.koperasiId || '', role: chosen && role?.koperasiId !== chosen ? undefined : role };
    };
    const picks = ids.map((id) => ({ id, ...koperasiOf(id) }));
    // Each cooperative read once, however many of the people belong to it.
    const koperasiIds = [...new Set(picks.map((p) => p.koperasiId).filter((k) => k !== ''))];
    const koperasiById = new Map((await this.db.koperasi.bulkGet(koperasiIds)).flatMap((k) => (k ? [[k.id, k] as const] : [])));
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

/** An attendee with no cooperative cannot enroll through one: the UI asks to add their role first. */
export class TanpaKoperasiError extends Error {
  constructor() {
    super('attendee has no cooperative');
    this.name = 'TanpaKoperasiError';
  }
}

const koperasiUndangan = (kegiatan: Pick<Kegiatan, 'undangan'>): ReadonlySet<string> => new Set(kegiatan.undangan.map((u) => u.koperasiId));

const byWaktu = (a: KehadiranRecord, b: KehadiranRecord) => compareText(a.waktu, b.waktu) || compareText(a.id, b.id);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function firstByPerson(checkIns: readonly KehadiranRecord[]): Map<string, KehadiranRecord> {
  const out = new Map<string, KehadiranRecord>();
  for (const h of [...checkIns].sort(byWaktu)) if (!out.has(h.anggotaId)) out.set(h.anggotaId, h);
  return out;
}

function byKoperasiThenName(a: PesertaKegiatan, b: PesertaKegiatan): number {
  const ka = a.koperasi?.namaSort ?? '\uffff';
  const kb = b.koperasi?.namaSort ?? '\uffff';
  return compareText(ka, kb) || compareText(a.anggota.namaSort ?? '', b.anggota.namaSort ?? '') || compareText(a.anggota.id, b.anggota.id);
}
