import type { Table } from 'dexie';
import type { BundleContents } from '../../../shared/exchange/bundle-contents';
import type { AliasRecord } from '../../../shared/exchange/exchange-record';
import { fieldFrontier, isConflict, type FieldVersion } from '../../../shared/exchange/field-versions';
import { mergeChanged, mergeRecord, mergedFields, type MergeSide, type MergedRecord, type MergeableRecord } from '../../../shared/exchange/merge-record';
import { repointRecord, tablesPointingAtAnggota } from '../../../shared/exchange/repoint';
import { syncedTables, type SyncedTable } from '../../../shared/records/synced-tables';
import type { KopLindungDb } from '../database';
import type { ImportCounts } from '../import-counts';
import type { ImporBundelLog } from '../impor-log';
import type { KonflikRecord } from '../konflik-record';
import type { JournalEntry } from '../journal-entry';
import { hitungAntrianKecamatan, isiAntrianKecamatan, segarkanAntrianKecamatan, type AntrianKecamatan } from '../antrian-kecamatan';
import { isiOrangPeran, orangPeranDariIsian, orangPeranOf, segarkanOrangPeran, type OrangPeran } from '../orang-peran';
import { addTo, bumpCounters } from '../record-counters';
import { kosongkanJejakPribadi } from '../kosongkan-jejak-pribadi';
import { catatKoperasiBerubah, diikutiRingkasan, RingkasanTertunda } from '../ringkasan-capaian';
import { counterNames, derivedFields } from '../table-definitions';
import { kunciNik, type KunciNik } from './kunci-nik';
import { planPeopleSlices } from './plan-people-slices';
import { BundleError } from '../../exchange/bundle-error';

export interface MergeBundleOptions {
  /** false: the preview (a read-only transaction, nothing written); true: apply all of it or nothing. */
  readonly apply: boolean;
  /** This laptop's stamp for the import (taken after folding in the bundle's newest clock): the records' `changedAt`. */
  readonly importHlc: string;
  readonly deviceId: string;
  /** The officer who applies the import, named in the journal's merge entries. */
  readonly petugas?: string;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Asked between tables and every few hundred records: true stops the merge with BundleError('cancelled'), which
   * aborts the transaction, so a cancelled import leaves the database exactly as it was (Batal while applying).
   */
  readonly dibatalkan?: () => boolean;
  /** Written with the merge, in the same transaction: the import log entry (its `hasil` is this merge's counts). */
  readonly log?: Omit<ImporBundelLog, 'hasil'>;
  /**
   * Records per write batch when applying (WRITE_BATCH unless a test asks for fewer): progress is reported and Batal
   * checked after each batch, so a district's table of 250,000 people moves the bar instead of jumping at its end.
   */
  readonly batchSize?: number;
}

/** Records (with their journal entries) stored per batch: about a second of writes on a 2-core office laptop. */
export const WRITE_BATCH = 5000;

type Stored = MergeableRecord & Record<string, unknown>;

interface Pending {
  readonly table: SyncedTable;
  /** The record as stored here (not re-pointed), for what changed and the counters. */
  readonly local: MergeSide | undefined;
  merged: MergedRecord;
  /** A local person fused into this one under another id: the survivor is an update of what was here, not new. */
  readonly replaces?: MergeSide;
}

const konflikKey = (table: string, id: string) => `${table}/${id}`;

/**
 * What the merge reads of a bundle: its records and aliases (never the manifest). A fusion of duplicates found
 * here (duplikat-repository.ts) merges a bundle of one alias and no records, through this same code.
 */
export type MergeInput = Pick<BundleContents, 'tables' | 'alias'>;
const emptyTableCounts = () => ({ baru: 0, diperbarui: 0, sama: 0, konflik: 0 });

/**
 * Merges a checked bundle into the database: every record field by field (merge-record.ts), people with one NIK
 * fused into the smaller id with everything that points at them re-pointed, the conflict list kept, counters,
 * journal and aliases written, all in one transaction, so an error anywhere leaves the database as it was. The
 * preview runs the very same code in a read-only transaction and only counts.
 */
export async function mergeBundle(db: KopLindungDb, contents: MergeInput, options: MergeBundleOptions): Promise<ImportCounts> {
  const tables = [...syncedTables.map((t) => db.table(t)), db.journal, db.meta, db.konflik, db.alias, db.impor];
  // An async scope function, so Dexie keeps the transaction alive across the merge's native awaits.
  return db.transaction(options.apply ? 'rw' : 'r', tables, async () => await new BundleMerge(db, contents, options).run());
}

class BundleMerge {
  /** Each alias id's parent in a union–find forest (roots are survivors); compressed as it is walked. */
  private readonly aliases = new Map<string, string>();
  /** The alias table as this database held it before the merge, to write back only what changed. */
  private readonly storedAliases = new Map<string, string>();
  private readonly konflik = new Map<string, Record<string, readonly FieldVersion[]>>();
  private readonly counters = new Map<string, number>();
  private readonly perTabel: Record<string, ReturnType<typeof emptyTableCounts>> = {};
  /** Local people fused away in this import: their roles, check-ins, enrollments and invitations move. */
  private readonly fusedAway = new Set<string>();
  private digabung = 0;
  private done = 0;
  /** The achievement summaries this merge changes, written once at its end with the counters. */
  private readonly ringkasan: RingkasanTertunda;
  /**
   * What the roles of people this merge wrote (new, renamed, …) carry of them (`orangRoster`), so their roles need not
   * read them back: a district's first import stores 250,000 people, then their 300,000 roles.
   */
  private readonly orangDitulis = new Map<string, OrangPeran | undefined>();
  /**
   * Each cooperative's kecamatan as stored once cooperatives are merged (they come first, so it holds): the file's
   * from their merge, any other's once read for an enrollment.
   */
  private readonly kecamatanKoperasi = new Map<string, string | undefined>();
  /** Write batches queued and not yet awaited (antreTulis). */
  private readonly tertulis: Promise<unknown>[] = [];
  /**
   * Tables that held no record when this merge began (read once, before anything is written) and whose turn has not
   * ended. Only a table's own turn adds records to it (the others change or delete what it holds), so one still
   * waiting for its turn holds none.
   */
  private readonly masihKosong = new Set<SyncedTable>();
  /** The table being merged held no record before this merge (set per table). */
  private emptyAtStart = false;
  private readonly total: number;

  constructor(
    private readonly db: KopLindungDb,
    private readonly contents: MergeInput,
    private readonly options: MergeBundleOptions,
  ) {
    this.total = syncedTables.reduce((n, t) => n + contents.tables[t].length, 0) || 1;
    this.ringkasan = new RingkasanTertunda(db.meta);
  }

  async run(): Promise<ImportCounts> {
    for (const a of await this.db.alias.toArray()) {
      this.aliases.set(a.id, a.into);
      this.storedAliases.set(a.id, a.into);
    }
    for (const a of this.contents.alias) this.addAlias(a.id, a.into);
    for (const row of await this.db.konflik.toArray()) {
      const key = konflikKey(row.tabel, row.recordId);
      this.konflik.set(key, { ...this.konflik.get(key), [row.field]: row.versions });
    }
    const pertama = await Promise.all(syncedTables.map((t) => this.db.table(t).limit(1).primaryKeys()));
    syncedTables.forEach((t, i) => {
      if (pertama[i]!.length === 0) this.masihKosong.add(t);
    });
    for (const table of syncedTables) {
      await this.mergeTable(table);
      this.masihKosong.delete(table);
    }
    await this.drain();
    if (this.options.apply) {
      const changed = this.changedAliases();
      if (changed.length > 0) await this.db.alias.bulkPut(changed.map((id): AliasRecord => ({ table: 'anggota', id, into: this.resolve(id) })));
      await bumpCounters(this.db, this.counters);
      await this.ringkasan.simpan();
    }
    this.periksaBatal();
    const summary = this.summary();
    const log = this.options.log;
    if (this.options.apply && log) {
      await this.db.impor.add({ ...log, hasil: summary });
      // Who sent it, so the conflict list can name the laptop behind each version.
      await this.db.meta.put({ key: `perangkat:${log.deviceId}`, value: { petugas: log.petugasPengirim, kantor: log.kantor } });
    }
    return summary;
  }

  /**
   * Records that `id` now lives under `into`: a union of their groups under the smaller survivor (the survivor is
   * always the smallest id, so aliases never form a cycle), whatever order the fusions happened in. When two
   * laptops fused one id into different survivors, those fuse as well. Near-constant time per alias (union–find
   * with path compression), so a file of a district's aliases merges in linear time.
   */
  private addAlias(id: string, into: string) {
    const a = this.resolve(id);
    const b = this.resolve(into);
    if (a === b) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    this.aliases.set(high, low);
  }

  /** The survivor `id` lives under now (itself when it is no alias); compresses the path it walked. */
  private readonly resolve = (id: string): string => {
    let root = id;
    for (let next = this.aliases.get(root); next !== undefined; next = this.aliases.get(root)) root = next;
    for (let at = id; at !== root;) {
      const next = this.aliases.get(at)!;
      this.aliases.set(at, root);
      at = next;
    }
    return root;
  };

  /** Ids whose survivor differs from what the stored alias table said (new aliases included): one pass, linear. */
  private changedAliases(): string[] {
    const changed: string[] = [];
    for (const id of this.aliases.keys()) if (this.resolve(id) !== this.storedAliases.get(id)) changed.push(id);
    return changed;
  }

  /** Stops here when the officer cancelled; thrown inside the transaction, so nothing of this merge is kept. */
  private periksaBatal() {
    if (this.options.dibatalkan?.()) throw new BundleError('cancelled');
  }

  private async mergeTable(table: SyncedTable) {
    this.periksaBatal();
    const store = this.db.table(table) as Table<Stored, string>;
    const incoming = new Map<string, MergeSide[]>();
    for (const record of this.contents.tables[table] as unknown as Stored[]) {
      const id = table === 'anggota' ? this.resolve(record.id) : record.id;
      const sides = incoming.get(id) ?? [];
      sides.push({ record: repointRecord(table, record, undefined, this.resolve).record });
      incoming.set(id, sides);
    }
    const ids = [...incoming.keys()];
    const inFile = this.contents.tables[table].length;
    const batch = this.batchSize();
    // Ids that moved in this import: people fused away here, and aliases first learned from this file.
    let moved = new Set([...this.fusedAway, ...this.changedAliases()]);
    const repoint = () => moved.size > 0 && tablesPointingAtAnggota.includes(table);
    this.emptyAtStart = this.masihKosong.has(table);
    // The summaries this table's records touch, read before its first write: read between two write batches, each
    // slice's few rows waited for the batch before it, and IndexedDB idled while the next slice was merged.
    if (this.options.apply && diikutiRingkasan(table)) await this.ringkasan.baca(this.contents.tables[table].map((r) => r.koperasiId));
    if (table === 'anggota' && ids.length > batch) {
      await this.mergePeopleInSlices(store, ids, incoming, inFile);
    } else if (table !== 'anggota' && ids.length > batch) {
      // Slice by slice: each record merges with its own local copy alone (no fusion here), so a slice read, merged and
      // written holds only its own records; the result is the same as the whole table at once. Local records the
      // file does not carry that point at a person who moved are re-pointed after the file's, all together.
      const fileIds = repoint() ? new Set(ids) : undefined;
      for (let from = 0; from < ids.length; from += batch) {
        const slice = ids.slice(from, from + batch);
        await this.write(table, store, await this.pendingOf(table, store, slice, incoming));
        if (from + batch < ids.length) this.options.onProgress?.(this.done + Math.floor(((from + batch) / ids.length) * inFile), this.total);
      }
      if (fileIds) {
        const rest = new Map<string, Pending>();
        await this.repointLocals(table, store, rest, moved, fileIds);
        await this.write(table, store, rest);
      }
    } else {
      const pending = await this.pendingOf(table, store, ids, incoming);
      if (table === 'anggota') {
        await this.absorbAliased(store, pending);
        await this.fuseByNik(store, pending);
        moved = new Set([...this.fusedAway, ...this.changedAliases()]);
      }
      if (repoint()) await this.repointLocals(table, store, pending, moved);
      await this.write(table, store, pending, inFile);
    }
    this.done += inFile;
    this.options.onProgress?.(this.done, this.total);
  }

  /**
   * The people's table of a large file (a district's, or its re-import) in slices (plan-people-slices.ts): each
   * slice is merged with its local copies, absorbs its aliases, fuses by NIK and is written before the next is read,
   * so memory holds one slice's people rather than the table's. Slices never split people who could fuse, so the
   * records, the counts and the journal entries are those of the whole table at once (the entries' order aside).
   */
  private async mergePeopleInSlices(store: Table<Stored, string>, ids: readonly string[], incoming: Map<string, MergeSide[]>, inFile: number) {
    const kunci = await kunciNik(
      store,
      [...incoming.values()].flatMap((sides) => sides.map((s) => s.record as Stored)),
    );
    const aliasStored =
      this.emptyAtStart || this.aliases.size === 0
        ? []
        : ((await store
            .where(':id')
            .anyOf([...this.aliases.keys()])
            .primaryKeys()) as string[]);
    const slices = await planPeopleSlices({
      ids,
      keysOf: (id) => incoming.get(id)!.flatMap((side) => kunci.of(side.record as Stored)),
      kunci,
      store: this.emptyAtStart ? undefined : store,
      aliasStored,
      resolve: this.resolve,
      size: this.batchSize(),
    });
    let merged = 0;
    for (const slice of slices) {
      const pending = await this.pendingOf('anggota', store, slice.ids, incoming);
      await this.absorbAliased(store, pending, slice.aliasStored);
      await this.fuseByNik(store, pending, kunci, slice.members);
      await this.write('anggota', store, pending);
      merged += slice.ids.length;
      if (merged < ids.length) this.options.onProgress?.(this.done + Math.floor((merged / ids.length) * inFile), this.total);
    }
  }

  /**
   * Queues one batch of writes and returns once at most one batch is still being written: IndexedDB stores a batch
   * while this merges the next (on two cores the two overlap), and never more than two wait, so memory holds two
   * batches at most. Requests of one transaction run in order, so a later read still sees every queued write; a
   * failed write aborts the transaction, and `drain` (before the merge returns) passes its error on.
   */
  private async antreTulis(write: Promise<unknown>) {
    write.catch(() => undefined); // awaited below or in drain; only the unhandled-rejection warning is silenced
    this.tertulis.push(write);
    while (this.tertulis.length > 1) await this.tertulis.shift();
  }

  /** Waits for every queued write. */
  private async drain() {
    while (this.tertulis.length > 0) await this.tertulis.shift();
  }

  private batchSize(): number {
    return Math.max(1, this.options.batchSize ?? WRITE_BATCH);
  }

  /**
   * Each of `ids` merged with its local copy (read here), in the order given; their incoming sides are let go once
   * merged, so a table's records are not held twice while it is written.
   */
  private async pendingOf(
    table: SyncedTable,
    store: Table<Stored, string>,
    ids: readonly string[],
    incoming: Map<string, MergeSide[]>,
  ): Promise<Map<string, Pending>> {
    const locals = await this.readLocals(store, ids);
    const pending = new Map<string, Pending>();
    ids.forEach((id, i) => {
      const stored = locals[i];
      // Merged re-pointed, compared as stored: a local role still pointing at a fused-away person must be rewritten.
      const local = stored ? { record: stored, others: this.konflik.get(konflikKey(table, id)) } : undefined;
      const sides = stored ? [this.localSide(table, stored), ...incoming.get(id)!] : incoming.get(id)!;
      pending.set(id, { table, local, merged: mergeRecord(table, id, sides) });
      incoming.delete(id);
    });
    return pending;
  }

  /**
   * Reads the local copies of the incoming ids. A table empty before this merge (a new laptop's first import) holds
   * none of them, not even in its later slices: each id is merged once per table, so what earlier slices wrote is
   * never one of them. The preview, which writes nothing, still asks the store for one key there: a slice of a
   * preview otherwise issues no request at all, and Dexie keeps a transaction across only a few awaits without one
   * (a district's preview into an empty database committed midway, PrematureCommitError).
   */
  private async readLocals(store: Table<Stored, string>, ids: readonly string[]): Promise<(Stored | undefined)[]> {
    if (ids.length === 0) return [];
    if (this.emptyAtStart) {
      if (!this.options.apply) await store.limit(1).primaryKeys();
      return ids.map(() => undefined);
    }
    return store.bulkGet(ids as string[]);
  }

  private localSide(table: SyncedTable, record: Stored): MergeSide {
    const repointed = repointRecord(table, record, this.konflik.get(konflikKey(table, record.id)), this.resolve);
    return { record: repointed.record, others: repointed.others };
  }

  /**
   * An alias is final: a person stored here under an id that is now an alias (learned from this file, or from an
   * earlier one) belongs to the survivor, with every change made under the old id since, such as a NIK corrected
   * on a laptop that had not heard of the fusion. Their fields merge into the survivor (differences go to the
   * conflict list) and the old id's record goes, whatever its NIK is now: in the other import order the same
   * record arrives under the alias and lands on the survivor anyway. `ids`: the aliases to look for (a slice's).
   */
  private async absorbAliased(store: Table<Stored, string>, pending: Map<string, Pending>, ids: readonly string[] = [...this.aliases.keys()]) {
    if (ids.length === 0) return;
    const stored = (await this.readLocals(store, ids)).filter((r): r is Stored => r !== undefined);
    for (const record of stored) {
      const survivor = this.resolve(record.id);
      const side = this.localSide('anggota', record);
      let target = pending.get(survivor);
      if (!target) {
        const own = await store.get(survivor);
        target = own
          ? {
              table: 'anggota',
              local: { record: own, others: this.konflik.get(konflikKey('anggota', survivor)) },
              merged: mergeRecord('anggota', survivor, [this.localSide('anggota', own)]),
            }
          : { table: 'anggota', local: undefined, merged: mergeRecord('anggota', survivor, [side]), replaces: side };
      }
      const merged = mergeRecord('anggota', survivor, [{ record: target.merged.record, others: target.merged.others }, side]);
      pending.set(survivor, { table: 'anggota', local: target.local, merged, replaces: target.local ? undefined : (target.replaces ?? side) });
      if (this.dropFused(record.id, side)) await this.deleteFused(store, record.id);
      this.digabung++;
    }
  }

  /**
   * One person per NIK: people who share a NIK they are known by (nik-dikenal.ts: the current one or one a file
   * showed them under before a correction) become one, under the smallest id; in this file, or here under another
   * id. The fused person is known by every NIK of both, which may meet yet another person: repeated until no two
   * people share one, so the outcome depends on what is known, not on the order it arrived in. The unique NIK
   * index would refuse a second holder anyway; fusing keeps both records' fields (conflicting ones go to the
   * conflict list) and re-points everything that pointed at them. An erased person is known by the hashes of their
   * NIKs, and whoever meets one of them is fused into the erased record and so erased too (kunci-nik.ts).
   * In slices, the table's keys (`sliceKunci`) and the slice's `members` come from the plan.
   */
  private async fuseByNik(store: Table<Stored, string>, pending: Map<string, Pending>, sliceKunci?: KunciNik, members?: ReadonlySet<string>) {
    const kunci =
      sliceKunci ??
      (await kunciNik(
        store,
        [...pending.values()].map((p) => p.merged.record as Stored),
      ));
    /** People stored here who share a NIK with someone in the file, though not in it themselves. */
    const extra = new Map<string, Stored>();
    const looked = new Set<string>();
    for (;;) {
      const wanted = new Set<string>();
      for (const p of pending.values()) {
        // A NIK this person was already known by here needs no look-up: anyone else known by it was fused before.
        // (A re-imported district file then reads no index at all.)
        const here = p.local ? new Set(kunci.of(p.local.record as Stored)) : undefined;
        for (const n of kunci.of(p.merged.record as Stored)) if (!looked.has(n) && !here?.has(n)) wanted.add(n);
      }
      for (const r of extra.values()) for (const n of kunci.of(r)) if (!looked.has(n)) wanted.add(n);
      for (const n of wanted) looked.add(n);
      // A table empty before this merge holds only people of earlier slices, and the plan never splits people who
      // share a key (plan-people-slices.ts): the index has none to give, and reading it made each slice wait for the
      // previous slice's writes.
      if (wanted.size > 0 && !this.emptyAtStart) {
        for (const h of await store
          .where('nikSemua')
          .anyOf(await kunci.indexValues(wanted))
          .toArray()) {
          if (pending.has(h.id) || this.fusedAway.has(h.id)) continue;
          // A slice meets only its own group (plan-people-slices.ts); anyone else means the plan was wrong: the
          // error aborts the transaction, so the import leaves nothing half-written.
          if (members && !members.has(h.id)) throw new Error(`merge: person ${h.id} is outside the slice planned for them`);
          extra.set(h.id, h);
        }
      }
      const groups = nikGroups([...[...pending].map(([id, p]) => [id, p.merged.record as Stored] as const), ...extra], kunci.of);
      if (groups.length === 0) {
        if (wanted.size === 0) return;
        continue;
      }
      for (const ids of groups) {
        for (const id of this.fuse(pending, extra, ids)) await this.deleteFused(store, id);
      }
    }
  }

  /**
   * Fuses one group of people (sorted ids) into the first: one pending merge under the survivor, aliases for the
   * rest. Returns the ids whose stored records the caller deletes (when applying); synchronous, see `dropFused`.
   */
  private fuse(pending: Map<string, Pending>, extra: Map<string, Stored>, ids: readonly string[]): string[] {
    const deletes: string[] = [];
    const survivor = ids[0]!;
    const sides: MergeSide[] = [];
    let local: MergeSide | undefined;
    let replaces: MergeSide | undefined;
    for (const id of ids) {
      const p = pending.get(id);
      let own: MergeSide | undefined;
      if (p) {
        sides.push({ record: p.merged.record, others: p.merged.others });
        own = p.local;
        if (id === survivor) replaces = p.replaces;
        else replaces ??= p.local ?? p.replaces;
      } else {
        const stored = extra.get(id)!;
        extra.delete(id);
        own = { record: stored, others: this.konflik.get(konflikKey('anggota', id)) };
        sides.push(this.localSide('anggota', stored));
        if (id !== survivor) replaces ??= own;
      }
      if (id === survivor) {
        local = own;
        continue;
      }
      if (this.dropFused(id, own)) deletes.push(id);
      pending.delete(id);
      this.addAlias(id, survivor);
      this.digabung++;
    }
    pending.set(survivor, { table: 'anggota', local, merged: mergeRecord('anggota', survivor, sides), replaces: local ? undefined : replaces });
    return deletes;
  }

  /**
   * Removes a fused-away local person (the alias replaces them; no personal data stays behind under that id): the
   * bookkeeping here, at once; the records, only when applying, by the caller through `deleteFused`. Synchronous on
   * purpose: Dexie carries a transaction across only a few native awaits that issue no request, so a chain of
   * awaited calls that touch no table (a preview fusing hundreds of people) would let it commit midway.
   * True when the caller must delete the stored records.
   */
  private dropFused(id: string, local: MergeSide | undefined): boolean {
    if (!local) return false;
    this.fusedAway.add(id);
    if (local.record.deleted === 0) addTo(this.counters, counterNames.anggota(local.record as never), -1);
    this.konflik.delete(konflikKey('anggota', id));
    return this.options.apply;
  }

  private async deleteFused(store: Table<Stored, string>, id: string) {
    await store.delete(id);
    await this.db.konflik.where('[tabel+recordId]').equals(['anggota', id]).delete();
  }

  /**
   * Local roles, check-ins, enrollments and invitations that pointed at a person who moved (fused away here, or an
   * id this file taught is an alias) now point at the survivor, as they would had they arrived after the alias.
   * `merged`: records of the file already merged in earlier slices (they were re-pointed as they came).
   */
  private async repointLocals(
    table: SyncedTable,
    store: Table<Stored, string>,
    pending: Map<string, Pending>,
    moved: ReadonlySet<string>,
    merged: ReadonlySet<string> = new Set(),
  ) {
    const rows =
      table === 'kegiatan'
        ? await store.filter((k) => (k.undangan as { perwakilan: string[] }[]).some((u) => u.perwakilan.some((p) => moved.has(p)))).toArray()
        : await store
            .where('anggotaId')
            .anyOf([...moved])
            .toArray();
    for (const row of rows) {
      if (pending.has(row.id) || merged.has(row.id)) continue;
      const local: MergeSide = { record: row, others: this.konflik.get(konflikKey(table, row.id)) };
      pending.set(row.id, { table, local, merged: mergeRecord(table, row.id, [this.localSide(table, row)]) });
    }
  }

  /**
   * Counts and (when applying) stores `pending`: the whole table, or one slice of it (counts add up over slices).
   * `share`: the records of the file this covers, for progress between write batches (none for a slice).
   */
  private async write(table: SyncedTable, store: Table<Stored, string>, pending: Map<string, Pending>, share = 0) {
    const counts = (this.perTabel[table] ??= emptyTableCounts());
    const puts: Record<string, unknown>[] = [];
    const journal: JournalEntry[] = [];
    const konflikPuts: KonflikRecord[] = [];
    const konflikDeletes: string[] = [];
    const terhapus: string[] = [];
    const ringkasan: { sebelum: never; sesudah: never }[] = [];
    /** Each put's key in the follow-up list by kecamatan as stored here before (enrollments only), for its counters. */
    const antrianSebelum: (AntrianKecamatan | undefined)[] = [];
    const fields = mergedFields(table);
    let n = 0;
    for (const [id, p] of pending) {
      if (++n % 512 === 0) this.periksaBatal();
      const { merged, local } = p;
      if (table === 'koperasi') this.kecamatanKoperasi.set(id, (merged.record.kecamatanKode as string | undefined) || undefined);
      const before = local ?? p.replaces;
      if (local && !mergeChanged(table, local, merged)) {
        counts.sama++;
        continue;
      }
      if (before) counts.diperbarui++;
      else counts.baru++;
      if (this.holdsConflict(table, merged)) counts.konflik++;
      if (local?.record.deleted === 0) addTo(this.counters, counterNames[table](local.record as never), -1);
      if (merged.record.deleted === 0) addTo(this.counters, counterNames[table](merged.record as never), 1);
      // What later steps of this merge read of the conflict list; nothing to keep for the many records without any.
      const localOthers = local?.others !== undefined && hasAny(local.others);
      const mergedOthers = hasAny(merged.others);
      if (mergedOthers || this.konflik.has(konflikKey(table, id))) this.konflik.set(konflikKey(table, id), { ...merged.others });
      if (!this.options.apply) continue;
      const record = merged.record as Record<string, unknown>;
      // An erasure that arrives here blanks what this laptop kept of the person: journal values, conflict versions.
      if (table === 'anggota' && record.dihapusPribadi !== undefined && local !== undefined && local.record.dihapusPribadi === undefined) terhapus.push(id);
      puts.push({ ...record, ...derivedFields[table](record as never), changedAt: this.options.importHlc });
      ringkasan.push({ sebelum: local?.record as never, sesudah: record as never });
      if (table === 'kepesertaan') antrianSebelum.push(local?.record.antrianKecamatan as AntrianKecamatan | undefined);
      journal.push({
        table,
        recordId: id,
        hlc: this.options.importHlc,
        deviceId: this.options.deviceId,
        ...(this.options.petugas ? { petugas: this.options.petugas } : {}),
        op: 'merge',
        changes: before ? changedValues(table, before.record, record) : {},
      });
      if (!mergedOthers && !localOthers) continue;
      for (const field of fields) {
        const key = `${konflikKey(table, id)}/${field}`;
        const versions = merged.others[field];
        if (versions) konflikPuts.push({ id: key, tabel: table, recordId: id, field, versions });
        else if (local?.others?.[field]) konflikDeletes.push(key);
      }
    }
    // Only real requests: an empty bulk call issues none, and IndexedDB commits a transaction that has none pending.
    if (!this.options.apply || puts.length === 0) return;
    // The follow-up list files enrollments under their cooperative's kecamatan (cooperatives are merged first).
    // Counted under the key each gets here, out of the one it had (the counters are written at the end of the merge).
    if (table === 'kepesertaan') {
      await isiAntrianKecamatan(this.db, puts, this.kecamatanKoperasi);
      puts.forEach((r, i) => hitungAntrianKecamatan(this.counters, antrianSebelum[i], r.antrianKecamatan as AntrianKecamatan | undefined));
    }
    // Roles carry their person's sort name and sex (people are merged first, and those this merge wrote are known).
    if (table === 'peran') await isiOrangPeran(this.db, puts, this.orangDitulis);
    // In batches, records then their journal entries (the journal keeps the same order), each followed by progress
    // over this table's share of the file and a check for Batal.
    const batch = this.batchSize();
    for (let from = 0; from < puts.length; from += batch) {
      this.periksaBatal();
      const written = Math.min(puts.length, from + batch);
      const done = this.done;
      await this.antreTulis(
        Promise.all([store.bulkPut(puts.slice(from, from + batch) as Stored[]), this.db.journal.bulkAdd(journal.slice(from, from + batch))]).then(() => {
          if (share > 0 && written < puts.length) this.options.onProgress?.(done + Math.floor((written / puts.length) * share), this.total);
        }),
      );
    }
    // Stored enrollments and roles follow their cooperative and person; none are stored while their table is still
    // empty (theirs come later in this merge, filed from kecamatanKoperasi and orangDitulis).
    if (table === 'koperasi' && !this.masihKosong.has('kepesertaan')) await segarkanAntrianKecamatan(this.db, pindahKecamatan(pending));
    if (table === 'anggota') {
      const berubah = orangBerubah(pending);
      for (const { id, orang } of berubah) this.orangDitulis.set(id, orang);
      if (!this.masihKosong.has('peran')) await segarkanOrangPeran(this.db, berubah);
    }
    if (diikutiRingkasan(table)) await this.ringkasan.terapkan(table, ringkasan);
    if (table === 'koperasi')
      await catatKoperasiBerubah(
        this.db.meta,
        puts.map((r) => (r as { id: string }).id),
      );
    if (konflikPuts.length > 0) await this.db.konflik.bulkPut(konflikPuts);
    if (konflikDeletes.length > 0) await this.db.konflik.bulkDelete(konflikDeletes);
    for (const id of terhapus) await kosongkanJejakPribadi(this.db, id);
  }

  private holdsConflict(table: SyncedTable, merged: MergedRecord): boolean {
    return Object.entries(merged.others).some(
      ([field, versions]) =>
        isConflict(
          fieldFrontier([
            { value: merged.record[field], clock: merged.record.fieldClocks[field] ?? '', basis: merged.record.fieldBasis?.[field] ?? '' },
            ...versions,
          ]),
        ) && mergedFields(table).includes(field),
    );
  }

  private summary(): ImportCounts {
    const sum = (k: 'baru' | 'diperbarui' | 'sama' | 'konflik') => Object.values(this.perTabel).reduce((n, c) => n + c[k], 0);
    return { baru: sum('baru'), diperbarui: sum('diperbarui'), sama: sum('sama'), konflik: sum('konflik'), digabung: this.digabung, perTabel: this.perTabel };
  }
}

/** Cooperatives this merge stores in another kecamatan than this laptop had them in, or brings for the first time. */
function pindahKecamatan(pending: ReadonlyMap<string, Pending>): { id: string; kecamatanKode?: string }[] {
  const out: { id: string; kecamatanKode?: string }[] = [];
  for (const [id, p] of pending) {
    const now = p.merged.record.kecamatanKode as string | undefined;
    if (!p.local || p.local.record.kecamatanKode !== now) out.push({ id, kecamatanKode: now });
  }
  return out;
}

/** People this merge renames, changes the sex of, deletes, restores or brings for the first time. */
function orangBerubah(pending: ReadonlyMap<string, Pending>): { id: string; orang: OrangPeran | undefined }[] {
  const out: { id: string; orang: OrangPeran | undefined }[] = [];
  for (const [id, p] of pending) {
    const orang = orangPeranDariIsian(p.merged.record as never);
    const before = p.local && orangPeranOf(p.local.record as never);
    if (!p.local || before?.[0] !== orang?.[0] || before?.[1] !== orang?.[1]) out.push({ id, orang });
  }
  return out;
}

/** Whether an object has any own key (without building the list of them). */
function hasAny(o: object): boolean {
  for (const key in o) if (Object.hasOwn(o, key)) return true;
  return false;
}

/** The fields whose value an import changed, for the journal (what the record's history shows). */
function changedValues(table: SyncedTable, before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of mergedFields(table)) if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) out[field] = after[field];
  return out;
}

/** Groups of two or more people (sorted ids, each group sorted) linked by sharing a key (kunci-nik.ts), directly or through others. */
function nikGroups(people: Iterable<readonly [string, Stored]>, keysOf: (record: Stored) => string[]): string[][] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const holderOf = new Map<string, string>();
  for (const [id, record] of people) {
    parent.set(id, id);
    for (const key of keysOf(record)) {
      const other = holderOf.get(key);
      if (other === undefined) holderOf.set(key, id);
      else {
        const [a, b] = [root(other), root(id)];
        if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) groups.set(root(id), [...(groups.get(root(id)) ?? []), id]);
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}
