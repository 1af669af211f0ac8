import type { Table } from 'dexie';
import { recordMetaKeys, type RecordMeta } from '../../shared/records/record-meta';
import type { ChangeClock } from './change-clock';
import type { KopLindungDb } from './database';
import type { JournalEntry } from './journal-entry';
import type { SyncedTable } from './schema-versions';
import { addTo, bumpCounters } from './record-counters';
import { counterNames, derivedFields, derivedKeys, type InputOf, type RecordOf } from './table-definitions';

export class RecordNotFoundError extends Error {
  constructor(readonly table: SyncedTable, readonly id: string) {
    super(`${table}/${id} not found`);
    this.name = 'RecordNotFoundError';
  }
}

const sameValue = (a: unknown, b: unknown) =>
  a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b));

/**
 * The one write path for records. Every create, edit, delete and restore passes here, in one transaction with its
 * journal entry: the record gets a clock per changed field and the device id, and the journal gets the change. A
 * delete is a tombstone (the `deleted` field set with a clock), never a removal, so it can travel in exports.
 */
export class WritePath {
  constructor(
    private readonly db: KopLindungDb,
    private readonly clock: ChangeClock,
  ) {}

  get deviceId(): string {
    return this.clock.deviceId;
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
    for (let i = 0; i < values.length; i++) {
      const fields = this.userFields(table, values[i]!);
      const id = ids?.[i] ?? crypto.randomUUID();
      const hlc = this.clock.next();
      const fieldClocks: Record<string, string> = { deleted: hlc };
      for (const key of Object.keys(fields)) fieldClocks[key] = hlc;
      const meta: RecordMeta = { id, createdAt: hlc, changedAt: hlc, deviceId: this.deviceId, deleted: 0, fieldClocks };
      records.push({ ...fields, ...derivedFields[table](fields as never), ...meta } as unknown as RecordOf<T>);
      entries.push({ table, recordId: id, hlc, deviceId: this.deviceId, op: 'create', changes: fields });
      addTo(counts, counterNames[table](fields as never), 1);
    }
    await this.db.transaction('rw', [this.table(table), this.db.journal, this.db.meta], async () => {
      await this.table(table).bulkAdd(records);
      await this.db.journal.bulkAdd(entries);
      await bumpCounters(this.db, counts);
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

  private async change<T extends SyncedTable>(table: T, id: string, op: JournalEntry['op'], fields: Record<string, unknown>): Promise<RecordOf<T>> {
    return this.db.transaction('rw', [this.table(table), this.db.journal, this.db.meta], async () => {
      const current = (await this.table(table).get(id)) as RecordOf<T> | undefined;
      if (!current) throw new RecordNotFoundError(table, id);
      const changes: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(fields)) {
        if (!sameValue((current as unknown as Record<string, unknown>)[key], value)) changes[key] = value;
      }
      if (Object.keys(changes).length === 0) return current;
      const hlc = this.clock.next();
      const fieldClocks = { ...current.fieldClocks };
      for (const key of Object.keys(changes)) fieldClocks[key] = hlc;
      const merged = { ...current, ...changes };
      const next = { ...merged, ...derivedFields[table](merged as never), changedAt: hlc, deviceId: this.deviceId, fieldClocks } as RecordOf<T>;
      await this.table(table).put(next);
      await this.db.journal.add({ table, recordId: id, hlc, deviceId: this.deviceId, op, changes });
      const counts = new Map<string, number>();
      if (current.deleted === 0) addTo(counts, counterNames[table](current as never), -1);
      if (next.deleted === 0) addTo(counts, counterNames[table](next as never), 1);
      await bumpCounters(this.db, counts);
      return next;
    });
  }

  /** Drops stamp and derived keys a caller may have passed, so only user data is written and journalled. */
  private userFields<T extends SyncedTable>(table: T, values: InputOf<T>): Record<string, unknown> {
    const blocked = new Set<string>([...recordMetaKeys, ...derivedKeys[table]]);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values)) if (!blocked.has(key) && value !== undefined) out[key] = value;
    return out;
  }

  private table(table: SyncedTable): Table<RecordOf<SyncedTable>, string> {
    return this.db.table(table);
  }
}
