import type { Table } from 'dexie';
import { nodeOfClock } from '../../shared/exchange/field-versions';
import { dataPribadiTerhapus } from '../../shared/anggota/data-pribadi-terhapus';
import { hashNik, nikHashSemua } from '../../shared/anggota/hash-nik';
import { nikSemua } from '../../shared/exchange/nik-dikenal';
import { isBlankValue, recordMetaKeys, type RecordMeta } from '../../shared/records/record-meta';
import { kosongkanJejakPribadi } from './kosongkan-jejak-pribadi';
import type { ChangeClock } from './change-clock';
import type { KopLindungDb } from './database';
import type { JournalEntry } from './journal-entry';
import type { SyncedTable } from './schema-versions';
import { hitungAntrianKecamatan, isiAntrianKecamatan, segarkanAntrianKecamatan, type AntrianKecamatan } from './antrian-kecamatan';
import { isiOrangPeran, orangPeranBerubah, orangPeranOf, segarkanOrangPeran } from './orang-peran';
import { addTo, bumpCounters } from './record-counters';
import { catatKoperasiBerubah, diikutiRingkasan, perbaruiRingkasan } from './ringkasan-capaian';
import { counterNames, derivedFields, derivedKeys, type InputOf, type RecordOf } from './table-definitions';

export class RecordNotFoundError extends Error {
  constructor(
    readonly table: SyncedTable,
    readonly id: string,
  ) {
    super(`${table}/${id} not found`);
    this.name = 'RecordNotFoundError';
  }
}

/** The follow-up key an enrollment is (or is about to be) stored under (antrian-kecamatan.ts). */
const kunciAntrian = (record: unknown) => (record as { antrianKecamatan?: AntrianKecamatan }).antrianKecamatan;

const sameValue = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * The one write path for records. Every create, edit, delete and restore passes here, in one transaction with its
 * journal entry: the record gets a clock per changed field and the device id, and the journal gets the change. A
 * delete is a tombstone (the `deleted` field set with a clock), never a removal, so it can travel in exports. The
 * record counters and the cooperatives' achievement summaries (ringkasan-capaian.ts) change in the same transaction.
 */
export class WritePath {
  /** `petugas`: the officer on duty now, read at each write so a change of officer applies from the next change. */
  constructor(
    private readonly db: KopLindungDb,
    private readonly clock: ChangeClock,
    private readonly petugas: () => string = () => '',
  ) {}

  /** Who the journal names for a change made now: this device, and its officer on duty when one is set. */
  get penulis(): Pick<JournalEntry, 'deviceId' | 'petugas'> {
    const petugas = this.petugas().trim();
    return petugas ? { deviceId: this.deviceId, petugas } : { deviceId: this.deviceId };
  }

  get deviceId(): string {
    return this.clock.deviceId;
  }

  /** Whether stampImport can take this file's newest clock (the preview refuses a file it could not). */
  canStampImport(newestInFile: string): boolean {
    return this.clock.canFoldIn(newestInFile);
  }

  /**
   * The stamp of an import: this laptop's clock first folds in the file's newest clock, so the import and every
   * change made here afterwards sort after everything the file brought.
   */
  stampImport(newestInFile: string): string {
    this.clock.receive(newestInFile);
    return this.clock.next();
  }

  async create<T extends SyncedTable>(table: T, values: InputOf<T>, id: string = crypto.randomUUID()): Promise<RecordOf<T>> {
    const [created] = await this.bulkCreate(table, [values], [id]);
    return created!;
  }

  /**
   * Creates many records in one transaction (generated data, spreadsheet imports): the same stamps and journal
   * entries as single creates, at close to the storage engine's own speed.
   */
  async bulkCreate<T extends SyncedTable>(table: T, values: readonly InputOf<T>[], ids?: readonly string[]): Promise<RecordOf<T>[]> {
    const records: RecordOf<T>[] = [];
    const entries: JournalEntry[] = [];
    const counts = new Map<string, number>();
    const penulis = this.penulis;
    for (let i = 0; i < values.length; i++) {
      const fields = this.userFields(table, values[i]!);
      const id = ids?.[i] ?? crypto.randomUUID();
      const hlc = this.clock.next();
      const fieldClocks: Record<string, string> = { deleted: hlc };
      for (const [key, value] of Object.entries(fields)) if (!isBlankValue(value)) fieldClocks[key] = hlc;
      const meta: RecordMeta = { id, createdAt: hlc, changedAt: hlc, deviceId: this.deviceId, deleted: 0, fieldClocks, fieldBasis: {} };
      records.push({ ...fields, ...derivedFields[table](fields as never), ...meta } as unknown as RecordOf<T>);
      entries.push({ table, recordId: id, hlc, ...penulis, op: 'create', changes: fields });
      addTo(counts, counterNames[table](fields as never), 1);
    }
    await this.db.transaction('rw', this.scope(table), async () => {
      if (table === 'kepesertaan') {
        // Filed (and so counted) under the kecamatan its cooperative has now, which only this transaction can read.
        await isiAntrianKecamatan(this.db, records as never);
        for (const r of records) hitungAntrianKecamatan(counts, undefined, kunciAntrian(r));
      }
      if (table === 'peran') await isiOrangPeran(this.db, records as never);
      await this.table(table).bulkAdd(records);
      await this.db.journal.bulkAdd(entries);
      await bumpCounters(this.db, counts);
      if (diikutiRingkasan(table))
        await perbaruiRingkasan(
          this.db.meta,
          table,
          records.map((r) => ({ sebelum: undefined, sesudah: r as never })),
        );
      if (table === 'koperasi')
        await catatKoperasiBerubah(
          this.db.meta,
          records.map((r) => r.id),
        );
    });
    return records;
  }

  /** Applies the fields that really changed; an edit that changes nothing writes nothing. */
  async update<T extends SyncedTable>(table: T, id: string, patch: Partial<InputOf<T>>): Promise<RecordOf<T>> {
    return this.change(table, id, 'update', this.userFields(table, patch as InputOf<T>));
  }

  async remove(table: SyncedTable, id: string): Promise<void> {
    await this.change(table, id, 'delete', { deleted: 1 });
  }

  /** Brings a deleted record back (the undo after a delete): a newer change, so it survives merges as one. */
  async restore(table: SyncedTable, id: string): Promise<void> {
    await this.change(table, id, 'restore', { deleted: 0 });
  }

  /**
   * A person's choice in the conflict list: the field gets `value` (the shown one or another version) as a new
   * change made knowing every version up to `knownUpTo`, so it supersedes them all on every laptop it reaches. It
   * is stamped even when the value is the one already shown: that is the choice the other laptops must learn.
   */
  async resolveField<T extends SyncedTable>(table: T, id: string, field: string, value: unknown, knownUpTo: string): Promise<RecordOf<T>> {
    return this.change(table, id, 'resolve', { [field]: value }, knownUpTo);
  }

  /**
   * *Hapus data pribadi* (UU 27/2022): every personal field of the person blanked with a new clock, the record
   * deleted, and only `nikHashSemua` (the hashes of every NIK they were known by, hash-nik.ts) kept; their earlier
   * journal entries and conflict versions are blanked in the same transaction. The record keeps its id, so the erasure
   * travels in bundles and the merge makes it win over any older or concurrent copy (merge-record.ts), and the
   * hashes let the merge recognise the same person in a copy made before the erasure (merge-bundle.ts). Journalled
   * without any personal value.
   */
  async eraseDataPribadi(id: string): Promise<void> {
    await this.db.transaction('rw', [...this.scope('anggota'), this.db.konflik], async () => {
      const current = await this.db.anggota.get(id);
      if (!current) throw new RecordNotFoundError('anggota', id);
      if (current.dihapusPribadi !== undefined) return;
      const hlc = this.clock.next();
      const fields = dataPribadiTerhapus() as unknown as Record<string, unknown>;
      const fieldClocks: Record<string, string> = { ...current.fieldClocks, deleted: hlc };
      for (const key of Object.keys(fields)) fieldClocks[key] = hlc;
      const rest: Record<string, unknown> = { ...current };
      const known = current as unknown as Record<string, unknown>;
      const hashes = new Set([...nikHashSemua(known), ...nikSemua(known).map((n) => hashNik(n)!)]);
      delete rest.nikDikenal;
      delete rest.nikHash;
      const merged = { ...rest, ...fields, deleted: 1, dihapusPribadi: hlc, ...(hashes.size > 0 ? { nikHashSemua: [...hashes].sort() } : {}) };
      await this.db.anggota.put({ ...merged, ...derivedFields.anggota(merged as never), changedAt: hlc, deviceId: this.deviceId, fieldClocks } as never);
      await kosongkanJejakPribadi(this.db, id);
      await segarkanOrangPeran(this.db, [{ id, orang: undefined }]);
      await this.db.journal.add({ table: 'anggota', recordId: id, hlc, ...this.penulis, op: 'hapus-pribadi', changes: {} });
      if (current.deleted === 0) await bumpCounters(this.db, new Map([['anggota', -1]]));
    });
  }

  private async change<T extends SyncedTable>(
    table: T,
    id: string,
    op: JournalEntry['op'],
    fields: Record<string, unknown>,
    resolvedUpTo?: string,
  ): Promise<RecordOf<T>> {
    return this.db.transaction('rw', this.scope(table), async () => {
      const current = (await this.table(table).get(id)) as RecordOf<T> | undefined;
      if (!current) throw new RecordNotFoundError(table, id);
      // An erased person stays erased: no edit, restore or conflict choice brings a field back.
      if ((current as { dihapusPribadi?: string }).dihapusPribadi !== undefined) return current;
      const changes: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) {
        if (resolvedUpTo !== undefined || !sameValue((current as unknown as Record<string, unknown>)[key], value)) changes[key] = value;
      }
      if (Object.keys(changes).length === 0) return current;
      const hlc = this.clock.next();
      const fieldClocks = { ...current.fieldClocks };
      const fieldBasis = { ...current.fieldBasis };
      for (const key of Object.keys(changes)) {
        const basis = resolvedUpTo ?? this.basisFor(current.fieldClocks[key] ?? '', current.fieldBasis?.[key] ?? '');
        if (basis) fieldBasis[key] = basis;
        fieldClocks[key] = hlc;
      }
      const merged = { ...current, ...changes };
      const next = { ...merged, ...derivedFields[table](merged as never), changedAt: hlc, deviceId: this.deviceId, fieldClocks, fieldBasis } as RecordOf<T>;
      if (table === 'kepesertaan') await isiAntrianKecamatan(this.db, [next as never]);
      if (table === 'peran') await isiOrangPeran(this.db, [next as never]);
      await this.table(table).put(next);
      if (table === 'anggota' && orangPeranBerubah(current as never, next as never))
        await segarkanOrangPeran(this.db, [{ id, orang: orangPeranOf(next as never) }]);
      const kecamatanBaru = (next as { kecamatanKode?: string }).kecamatanKode;
      if (table === 'koperasi' && kecamatanBaru !== (current as { kecamatanKode?: string }).kecamatanKode)
        await segarkanAntrianKecamatan(this.db, [{ id, kecamatanKode: kecamatanBaru }]);
      await this.db.journal.add({ table, recordId: id, hlc, ...this.penulis, op, changes });
      const counts = new Map<string, number>();
      if (current.deleted === 0) addTo(counts, counterNames[table](current as never), -1);
      if (next.deleted === 0) addTo(counts, counterNames[table](next as never), 1);
      if (table === 'kepesertaan') hitungAntrianKecamatan(counts, kunciAntrian(current), kunciAntrian(next));
      await bumpCounters(this.db, counts);
      if (diikutiRingkasan(table)) await perbaruiRingkasan(this.db.meta, table, [{ sebelum: current as never, sesudah: next as never }]);
      if (table === 'koperasi') await catatKoperasiBerubah(this.db.meta, [id]);
      return next;
    });
  }

  /**
   * What a change knows of the field's history: the value it replaces, when another laptop wrote it; when this
   * laptop wrote it, whatever that earlier change knew (this laptop's own earlier changes are known anyway, and
   * claiming more would hide a conflict with a change from elsewhere that arrived in between).
   */
  private basisFor(currentClock: string, currentBasis: string): string {
    if (currentClock && nodeOfClock(currentClock) !== this.deviceId) return currentClock > currentBasis ? currentClock : currentBasis;
    return currentBasis;
  }

  /** Drops stamp and derived keys a caller may have passed, so only user data is written and journalled. */
  private userFields<T extends SyncedTable>(table: T, values: InputOf<T>): Record<string, unknown> {
    const blocked = new Set<string>([...recordMetaKeys, ...derivedKeys[table]]);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) if (!blocked.has(key) && value !== undefined) out[key] = value;
    return out;
  }

  /**
   * The tables a write of these tables touches: each record's table, the journal, meta; enrollments and cooperatives
   * together, since an enrollment is filed under its cooperative's kecamatan (antrian-kecamatan.ts), and roles and
   * people together, since a role carries its person's sort name and sex (orang-peran.ts). A repository that wraps
   * several writes in its own transaction opens it over this scope (plus the tables it reads or writes itself), so no
   * caller has to know which tables are filed together.
   */
  scope(...tables: SyncedTable[]): Table[] {
    const out = new Set<Table>([this.db.journal, this.db.meta]);
    for (const table of tables) {
      const filed =
        table === 'kepesertaan' || table === 'koperasi'
          ? [this.db.koperasi, this.db.kepesertaan]
          : table === 'peran' || table === 'anggota'
            ? [this.db.anggota, this.db.peran]
            : [this.table(table)];
      for (const t of filed) out.add(t);
    }
    return [...out];
  }

  private table(table: SyncedTable): Table<RecordOf<SyncedTable>, string> {
    return this.db.table(table);
  }
}
