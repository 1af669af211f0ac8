import { NAMA_TERHAPUS } from '../../shared/anggota/data-pribadi-terhapus';
import { AWALAN_HASH, hashNik } from '../../shared/anggota/hash-nik';
import type { Anggota } from '../../shared/anggota/anggota-schema';
import { matchesSearch, parseSearchQuery } from '../../shared/search/search-text';
import type { KopLindungDb } from './database';
import type { AnggotaRecord } from './synced-records';
import { lengkapiPengubah, type EntriRiwayat } from './pengubah-jurnal';
import { readCounter } from './record-counters';
import type { WritePath } from './write-path';

/**
 * A NIK whose holder's personal data was erased (*Hapus data pribadi*): it cannot be recorded again, here or on any
 * laptop, since the merge would recognise the same person by the NIK's hash and erase the new record too.
 */
export class NikErasedError extends Error {
  constructor() {
    super('NIK belongs to a person whose personal data was erased');
    this.name = 'NikErasedError';
  }
}

/** A NIK that already belongs to someone: the form offers that person instead of making a second one. */
export class NikInUseError extends Error {
  constructor(readonly existing: AnggotaRecord) {
    super(`NIK ${existing.nik} already belongs to anggota/${existing.id}`);
    this.name = 'NikInUseError';
  }
}

export interface AnggotaSearchResult {
  readonly rows: readonly AnggotaRecord[];
  /** More people match than were read: the officer should type more. */
  readonly more: boolean;
}

/** What deleting a person took with them, so the undo brings back exactly that. */
export interface AnggotaRemoval {
  readonly anggotaId: string;
  readonly peranIds: readonly string[];
  readonly kepesertaanIds: readonly string[];
}

/**
 * The only code that reads or writes people. Every read is bounded: at 250,000 people, the list reads the page on
 * screen and the search reads at most a limit of matches, so no screen ever copies the whole table. One person per
 * NIK is held by the unique `nikKey` index; the repository checks first, inside the same transaction, so the
 * officer gets the existing person rather than a storage error.
 */
export class AnggotaRepository {
  constructor(
    private readonly db: KopLindungDb,
    private readonly writes: WritePath,
  ) {}

  /**
   * People matching a name prefix, a NIK or a phone number, sorted by name. Every shape is one or two bounded
   * index ranges: a number is looked up whole as one token; one word by its prefix; several words through the
   * ordered word-pair tokens (the first two typed words, in either order: two range reads merged in memory, the rest
   * checked on the records found).
   * Only when that finds nobody (a first word typed in part, "sit rahma") are the words' own ranges intersected,
   * by primary key, each read capped so a vague query stays fast and asks for more letters instead.
   */
  async search(query: string, limit = SEARCH_LIMIT): Promise<AnggotaSearchResult> {
    const parsed = parseSearchQuery(query);
    if (parsed.prefixes.length === 0) return { rows: [], more: false };
    const tokens = this.db.anggota.where('searchTokens');
    const numeric = /^\d{4,}$/.test(parsed.compact) && parsed.prefixes.every((p) => /^\d+$/.test(p));
    const [a = '', b = ''] = parsed.prefixes;
    let read: AnggotaRecord[];
    if (numeric || parsed.prefixes.length === 1) {
      // One range read of whole records (a single getAll, not a get per person): the common shapes.
      read = await tokens
        .startsWith(numeric ? parsed.compact : a)
        .limit(limit + 1)
        .toArray();
    } else {
      // Two words: the pair in either order. startsWithAnyOf walks a cursor, a round trip per row (265–344 ms for
      // "hasanah has" at district size); two bounded getAlls in flight together cost two. The two prefix ranges
      // never overlap (the words differ), so the lower one's rows, then the higher one's, are the index order a
      // single walk over both would give, and its first limit + 1 rows are the same.
      const [lower, higher] = [`${a} ${b}`, `${b} ${a}`].sort(compareText);
      const [first, second] = await Promise.all(
        [lower!, higher!].map((p) =>
          tokens
            .startsWith(p)
            .limit(limit + 1)
            .toArray(),
        ),
      );
      read = [...first!, ...second!].slice(0, limit + 1);
    }
    let capped = read.length > limit;
    if (read.length === 0 && !numeric && parsed.prefixes.length > 1) {
      // A word that starts another typed word asks nothing more of a person ("has" in "hasanah has": the token
      // "hasanah" starts with both), so only the others are crossed; one word left is one bounded range, where
      // crossing would read 5,000 keys of each (about 300 ms at district size, for a name like "Hasanah Hasanah").
      const needed = parsed.prefixes.filter((p) => !parsed.prefixes.some((q) => q !== p && q.startsWith(p)));
      if (needed.length === 1) {
        read = await tokens
          .startsWith(needed[0]!)
          .limit(limit + 1)
          .toArray();
        capped = read.length > limit;
      } else {
        const crossed = await this.intersect(needed);
        read = (await this.db.anggota.bulkGet(crossed.keys.slice(0, limit + 1))).filter((x): x is AnggotaRecord => x !== undefined);
        capped = crossed.capped || crossed.keys.length > limit;
      }
    }
    const seen = new Set<string>();
    const rows = read.filter((p) => !seen.has(p.id) && seen.add(p.id) && p.deleted === 0 && matchesSearch(p.searchTokens, parsed));
    rows.sort(byName);
    return { rows: rows.slice(0, limit), more: capped || rows.length > limit };
  }

  /** The people whose tokens start with both of the two longest words, each range read up to a cap. */
  private async intersect(prefixes: readonly string[]): Promise<{ keys: string[]; capped: boolean }> {
    const [longest, next] = [...prefixes].sort((x, y) => y.length - x.length) as [string, string];
    const tokens = this.db.anggota.where('searchTokens');
    // A word no token starts with means nobody matches: one index step each, before any long range is read.
    const exists = await Promise.all(prefixes.map((p) => tokens.startsWith(p).limit(1).primaryKeys()));
    if (exists.some((keys) => keys.length === 0)) return { keys: [], capped: false };
    const first = await tokens.startsWith(longest).limit(INTERSECT_CAP).primaryKeys();
    if (first.length === 0) return { keys: [], capped: false };
    const second = new Set(await tokens.startsWith(next).limit(INTERSECT_CAP).primaryKeys());
    return { keys: unique(first).filter((k) => second.has(k)), capped: first.length === INTERSECT_CAP || second.size >= INTERSECT_CAP };
  }

  /** How many live people there are, from the counter the write path keeps (counting the index walks it all). */
  count(): Promise<number> {
    return readCounter(this.db, 'anggota');
  }

  /**
   * The next page of the alphabetical list after `after` (the last row shown), read from the [name, id] index: a
   * keyset page costs the same at row 240,000 as at row 0, where an offset would walk every row before it.
   * Deleted people have no sort key, so they are never in the list.
   */
  listAfter(after: Pick<AnggotaRecord, 'namaSort' | 'id'> | null, limit: number): Promise<AnggotaRecord[]> {
    const index =
      after?.namaSort !== undefined ? this.db.anggota.where('[namaSort+id]').above([after.namaSort, after.id]) : this.db.anggota.orderBy('[namaSort+id]');
    return index.limit(limit).toArray();
  }

  /** Changes whenever any person is written: what the list watches to know its rows are stale. */
  async getRevision(): Promise<string> {
    const last = await this.db.anggota.orderBy('changedAt').last();
    return `${await this.count()}:${last?.changedAt ?? ''}`;
  }

  async get(id: string): Promise<AnggotaRecord | undefined> {
    const a = await this.db.anggota.get(id);
    return a && a.deleted === 0 ? a : undefined;
  }

  /** The person holding a NIK, deleted or not (a deleted one is offered for restoring). */
  findByNik(nik: string): Promise<AnggotaRecord | undefined> {
    return nik ? this.db.anggota.where('nikKey').equals(nik).first() : Promise.resolve(undefined);
  }

  /** The erased person who once had this NIK, found by its hash (hash-nik.ts); such a NIK cannot be recorded again. */
  findErasedByNik(nik: string): Promise<AnggotaRecord | undefined> {
    return nik
      ? this.db.anggota
          .where('nikSemua')
          .equals(AWALAN_HASH + hashNik(nik))
          .first()
      : Promise.resolve(undefined);
  }

  async create(values: Anggota): Promise<AnggotaRecord> {
    return this.guardNik(values.nik, async () => {
      await this.refuseTakenNik(values.nik, null);
      return this.writes.create('anggota', values);
    });
  }

  async update(id: string, values: Partial<Anggota>): Promise<AnggotaRecord> {
    return this.guardNik(values.nik, async () => {
      if (values.nik !== undefined) await this.refuseTakenNik(values.nik, id);
      return this.writes.update('anggota', id, values);
    });
  }

  /**
   * Deletes a person with their roles and enrollments (a data-protection deletion request, docs/domain.md §6): all
   * tombstones, in one transaction, so they travel through merges and an older file cannot bring them back.
   */
  /**
   * *Hapus data pribadi* on a person's request (UU 27/2022): their roles and enrollments are deleted as with a
   * delete, then the person's personal fields, journal values and conflict versions are blanked, keeping only the
   * hashes of the NIKs they were known by (hash-nik.ts). One transaction; the erasure travels in the next bundles and
   * wins everywhere.
   */
  async eraseDataPribadi(id: string): Promise<void> {
    await this.db.transaction('rw', [...this.writes.scope('anggota', 'kepesertaan', 'cetakan'), this.db.konflik], async () => {
      await this.removeRolesAndEnrollments(id);
      await this.kosongkanNamaDiCetakan(id);
      await this.writes.eraseDataPribadi(id);
    });
  }

  /**
   * The print log of documents about this one person (a formulir printed from their enrollment, an *Ekspor data
   * pribadi* from their record) carries their name in its title and file name: every name they were recorded under
   * is replaced by NAMA_TERHAPUS, in the records (through the write path, so the change travels and wins like the
   * erasure) and in those records' journal values. Runs inside the erasure's transaction, before the names are blanked.
   */
  private async kosongkanNamaDiCetakan(id: string): Promise<void> {
    const person = await this.db.anggota.get(id);
    const names = new Set<string>(person?.nama ? [person.nama] : []);
    for (const entry of await this.db.journal.where('[table+recordId]').equals(['anggota', id]).toArray()) {
      if (typeof entry.changes.nama === 'string' && entry.changes.nama.trim().length >= 2) names.add(entry.changes.nama);
    }
    const refs = [id, ...(await this.db.kepesertaan.where('anggotaId').equals(id).primaryKeys())];
    const blank = (text: string) => [...names].reduce((out, name) => out.split(name).join(NAMA_TERHAPUS), text);
    for (const c of await this.db.cetakan.where('refId').anyOf(refs).toArray()) {
      const judul = blank(c.judul);
      const berkas = blank(c.berkas);
      if (judul !== c.judul || berkas !== c.berkas) await this.writes.update('cetakan', c.id, { judul, berkas });
      await this.db.journal
        .where('[table+recordId]')
        .equals(['cetakan', c.id])
        .modify((entry) => {
          const changes = entry.changes as Record<string, unknown>;
          for (const key of ['judul', 'berkas']) if (typeof changes[key] === 'string') changes[key] = blank(changes[key]);
        });
    }
  }

  async remove(id: string): Promise<AnggotaRemoval> {
    return this.db.transaction('rw', this.writes.scope('anggota', 'kepesertaan'), async () => {
      const { peranIds, kepesertaanIds } = await this.removeRolesAndEnrollments(id);
      await this.writes.remove('anggota', id);
      return { anggotaId: id, peranIds, kepesertaanIds };
    });
  }

  /** Deletes a person's live roles and enrollments (inside the caller's transaction) and says which they were. */
  private async removeRolesAndEnrollments(id: string): Promise<{ peranIds: string[]; kepesertaanIds: string[] }> {
    const peranIds = await this.db.peran
      .where('anggotaId')
      .equals(id)
      .filter((p) => p.deleted === 0)
      .primaryKeys();
    const kepesertaanIds = await this.db.kepesertaan
      .where('anggotaId')
      .equals(id)
      .filter((k) => k.deleted === 0)
      .primaryKeys();
    for (const p of peranIds) await this.writes.remove('peran', p);
    for (const k of kepesertaanIds) await this.writes.remove('kepesertaan', k);
    return { peranIds, kepesertaanIds };
  }

  /** The undo of a delete: the person and exactly what was deleted with them. */
  async restore(removal: AnggotaRemoval | string): Promise<void> {
    const r = typeof removal === 'string' ? { anggotaId: removal, peranIds: [], kepesertaanIds: [] } : removal;
    await this.db.transaction('rw', this.writes.scope('anggota', 'kepesertaan'), async () => {
      await this.writes.restore('anggota', r.anggotaId);
      for (const p of r.peranIds) await this.writes.restore('peran', p);
      for (const k of r.kepesertaanIds) await this.writes.restore('kepesertaan', k);
    });
  }

  /** The history of a person, their roles and their enrollments, newest first, with who made each change. */
  async getHistory(id: string): Promise<EntriRiwayat[]> {
    const peranIds = await this.db.peran.where('anggotaId').equals(id).primaryKeys();
    const kepesertaanIds = await this.db.kepesertaan.where('anggotaId').equals(id).primaryKeys();
    const keys: [string, string][] = [
      ['anggota', id],
      ...peranIds.map((p): [string, string] => ['peran', p]),
      ...kepesertaanIds.map((k): [string, string] => ['kepesertaan', k]),
    ];
    const entries = await this.db.journal.where('[table+recordId]').anyOf(keys).toArray();
    return lengkapiPengubah(
      this.db,
      entries.sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0)),
    );
  }

  private async refuseTakenNik(nik: string, self: string | null) {
    const holder = await this.findByNik(nik);
    if (holder && holder.id !== self) throw new NikInUseError(holder);
    if (await this.findErasedByNik(nik)) throw new NikErasedError();
  }

  /** Runs a write in one transaction with its NIK check; a unique-index refusal (a race) becomes the same error. */
  private async guardNik(nik: string | undefined, write: () => Promise<AnggotaRecord>): Promise<AnggotaRecord> {
    try {
      return await this.db.transaction('rw', this.writes.scope('anggota'), write);
    } catch (error) {
      const holder = error instanceof Error && error.name === 'ConstraintError' && nik ? await this.findByNik(nik) : undefined;
      if (holder) throw new NikInUseError(holder);
      throw error;
    }
  }
}

/** How many keys one word's range may give to an intersection before the officer is asked to type more. */
const INTERSECT_CAP = 5000;
/** Matches a search shows: enough to pick one person from; more asks the officer to type more. */
export const SEARCH_LIMIT = 50;
const unique = (keys: readonly string[]) => [...new Set(keys)];
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: AnggotaRecord, b: AnggotaRecord) => ((a.namaSort ?? '') < (b.namaSort ?? '') ? -1 : (a.namaSort ?? '') > (b.namaSort ?? '') ? 1 : 0);
