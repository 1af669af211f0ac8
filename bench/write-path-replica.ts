import { isBlankValue, recordMetaKeys, type RecordMeta } from '../shared/records/record-meta';
import type { ChangeClock } from '../renderer/db/change-clock';
import type { JournalEntry } from '../renderer/db/journal-entry';
import type { SyncedTable } from '../renderer/db/schema-versions';
import { antrianKecamatanOf } from '../renderer/db/antrian-kecamatan';
import type { OrangPeran } from '../renderer/db/orang-peran';
import { derivedFields, derivedKeys, type InputOf } from '../renderer/db/table-definitions';

/**
 * What `WritePath.bulkCreate` stores for a batch — each record with its derived index fields and change stamp, and
 * one journal entry per record — built here, untimed, so the raw IndexedDB baseline writes the same records and
 * journal entries without paying for building them. Only the HLC strings differ from the app's own (a second clock
 * of the same device, same format and length); `sameExceptStamps` checks that against what the app really wrote.
 * Enrollments are filed under their cooperative's kecamatan and roles carry their person's sort name and sex as the
 * write path stores them (`from`: the cooperatives and people already written).
 */
export function replicateBulkCreate<T extends SyncedTable>(
  table: T,
  values: readonly InputOf<T>[],
  ids: readonly string[],
  clock: ChangeClock,
  from: { readonly kecamatanOf?: (koperasiId: string) => string | undefined; readonly orangOf?: (anggotaId: string) => OrangPeran | undefined } = {},
): { records: Record<string, unknown>[]; journal: JournalEntry[] } {
  const blocked = new Set<string>([...recordMetaKeys, ...derivedKeys[table]]);
  const records: Record<string, unknown>[] = [];
  const journal: JournalEntry[] = [];
  for (let i = 0; i < values.length; i++) {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(values[i]!)) if (!blocked.has(key) && value !== undefined) fields[key] = value;
    const id = ids[i]!;
    const hlc = clock.next();
    const fieldClocks: Record<string, string> = { deleted: hlc };
    for (const [key, value] of Object.entries(fields)) if (!isBlankValue(value)) fieldClocks[key] = hlc;
    const meta: RecordMeta = { id, createdAt: hlc, changedAt: hlc, deviceId: clock.deviceId, deleted: 0, fieldClocks, fieldBasis: {} };
    const record: Record<string, unknown> = { ...fields, ...derivedFields[table](fields as never), ...meta };
    if (table === 'kepesertaan') record.antrianKecamatan = antrianKecamatanOf(record as never, from.kecamatanOf?.(record.koperasiId as string));
    if (table === 'peran') record.orangRoster = from.orangOf?.(record.anggotaId as string);
    records.push(record);
    journal.push({ table, recordId: id, hlc, deviceId: clock.deviceId, op: 'create', changes: fields });
  }
  return { records, journal };
}

const HLC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9A-F]{4}-/;

/** JSON of a value with every HLC stamp blanked to its length, so two stampings of the same data compare equal. */
const unstamped = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && HLC.test(v) ? `hlc:${v.length}` : v));

/** Refuses a baseline whose records differ from the app's in anything but the clock readings. */
export function assertSameExceptStamps(table: string, app: readonly unknown[], replica: readonly unknown[], all: boolean): void {
  if (app.length !== replica.length) throw new Error(`${table}: app wrote ${app.length} records, baseline ${replica.length}`);
  const indexes = all ? app.map((_, i) => i) : [0, app.length - 1];
  for (const i of indexes) {
    if (i < 0) continue;
    const [a, r] = [unstamped(app[i]), unstamped(replica[i])];
    if (a !== r) throw new Error(`${table}[${i}]: the baseline record differs from the app's:\n${a}\n${r}`);
  }
}
