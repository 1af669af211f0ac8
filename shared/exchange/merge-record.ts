import type { SyncedTable } from '../records/synced-tables';
import { exchangeFieldNames } from './exchange-record';
import { fieldFrontier, nodeOfClock, sameFieldValue, type FieldVersion } from './field-versions';
import { nikDikenal, nikSemua } from './nik-dikenal';
import { dataPribadiTerhapus } from '../anggota/data-pribadi-terhapus';
import { hashNik, nikHashSemua } from '../anggota/hash-nik';

/** A record as merging sees it: values, per-field clocks and bases, and the id and creation stamp. */
export interface MergeableRecord {
  readonly id: string;
  readonly createdAt: string;
  readonly deleted: 0 | 1;
  readonly fieldClocks: Readonly<Record<string, string>>;
  readonly fieldBasis?: Readonly<Record<string, string>>;
  readonly [field: string]: unknown;
}

/** One copy of a record to merge: what it holds, and the versions of its fields still in conflict there. */
export interface MergeSide {
  readonly record: MergeableRecord;
  readonly others?: Readonly<Record<string, readonly FieldVersion[]>>;
}

/** The merge of several copies of one record (or of two people fused by NIK), under the survivor's id. */
export interface MergedRecord {
  readonly record: MergeableRecord & { readonly deviceId: string };
  /** Per field, the versions that lost to the field's value without being superseded (the conflict list). */
  readonly others: Readonly<Record<string, readonly FieldVersion[]>>;
}

/** The fields merged one by one: the user's fields and the tombstone flag. */
export const mergedFields = (table: SyncedTable): readonly string[] => [...exchangeFieldNames[table], 'deleted'];

function versionsOf(side: MergeSide, field: string): FieldVersion[] {
  const r = side.record;
  const own: FieldVersion = { value: r[field], clock: r.fieldClocks[field] ?? '', basis: r.fieldBasis?.[field] ?? '' };
  return [own, ...(side.others?.[field] ?? [])];
}

/**
 * Merges copies of one record field by field: each field takes the newest change by clock; `deleted` is a field
 * like any other, so a delete wins over every older edit and loses only to a newer restore. Versions written
 * without knowing each other stay beside the value (`others`) until a person chooses. Order of `sides` does not
 * matter, and merging a copy twice changes nothing.
 */
export function mergeRecord(table: SyncedTable, id: string, sides: readonly MergeSide[]): MergedRecord {
  const single = sides.length === 1 ? sides[0]! : sameCopies(table, sides) ? sides[0]! : undefined;
  if (single && !hasOthers(single) && single.record.id === id) return terhapusBila(asMerged(table, single.record), {});
  const values: Record<string, unknown> = {};
  const fieldClocks: Record<string, string> = {};
  const fieldBasis: Record<string, string> = {};
  const others: Record<string, FieldVersion[]> = {};
  let newest = '';
  for (const field of mergedFields(table)) {
    const [winner, ...rest] = fieldFrontier(sides.flatMap((s) => versionsOf(s, field)));
    values[field] = winner!.value;
    if (winner!.clock) fieldClocks[field] = winner!.clock;
    if (winner!.basis) fieldBasis[field] = winner!.basis;
    if (rest.length > 0) others[field] = rest;
    if (winner!.clock > newest) newest = winner!.clock;
  }
  const createdAt = sides.map((s) => s.record.createdAt).reduce((a, b) => (b < a ? b : a));
  const record = {
    ...values,
    id,
    createdAt,
    deleted: values.deleted as 0 | 1,
    fieldClocks,
    fieldBasis,
    deviceId: nodeOfClock(newest),
    ...extras(
      table,
      values,
      sides.map((s) => s.record),
    ),
  };
  return terhapusBila(record, others);
}

/**
 * Erasure wins over everything: when any copy of a person was erased (`dihapusPribadi`), the merge is erased too,
 * whatever older or concurrent edits, restores or conflict versions the other copies hold. The personal fields
 * read blank, the record stays deleted, no conflict version is kept; the clocks stay as merged, so the result is
 * the same in any order and merging it again changes nothing.
 */
function terhapusBila(record: MergedRecord['record'], others: Readonly<Record<string, readonly FieldVersion[]>>): MergedRecord {
  if (record.dihapusPribadi === undefined) return { record, others };
  return { record: { ...record, ...dataPribadiTerhapus(), deleted: 1 }, others: {} };
}

/** Whether a merge changed anything a copy held: a value, a clock, a basis, or its conflict list. */
export function mergeChanged(table: SyncedTable, before: MergeSide, after: MergedRecord): boolean {
  const b = before.record;
  const a = after.record;
  if (b.id !== a.id || b.createdAt !== a.createdAt) return true;
  if (!sameExtras(table, b, a)) return true;
  for (const field of mergedFields(table)) {
    if ((b.fieldClocks[field] ?? '') !== (a.fieldClocks[field] ?? '')) return true;
    if ((b.fieldBasis?.[field] ?? '') !== (a.fieldBasis?.[field] ?? '')) return true;
    if (!sameFieldValue(b[field], a[field])) return true;
    const was = (before.others?.[field] ?? []).map((v) => v.clock).join();
    const now = (after.others[field] ?? []).map((v) => v.clock).join();
    if (was !== now) return true;
  }
  return false;
}

const hasOthers = (side: MergeSide) => side.others !== undefined && Object.keys(side.others).length > 0;

/**
 * Two copies with the very same clocks and no conflicts (a file imported again, a record nobody changed since the
 * last exchange) merge to either of them: the common case at district scale, answered without per-field work.
 */
function sameCopies(table: SyncedTable, sides: readonly MergeSide[]): boolean {
  if (sides.length !== 2 || hasOthers(sides[0]!) || hasOthers(sides[1]!)) return false;
  const [a, b] = [sides[0]!.record, sides[1]!.record];
  if (a.createdAt !== b.createdAt || !sameExtras(table, a, b)) return false;
  for (const field of mergedFields(table)) {
    if ((a.fieldClocks[field] ?? '') !== (b.fieldClocks[field] ?? '') || (a.fieldBasis?.[field] ?? '') !== (b.fieldBasis?.[field] ?? '')) return false;
    if (!sameFieldValue(a[field], b[field])) return false;
  }
  return true;
}

/** One copy as a merge result: only the merged fields and the stamp, the device being the newest change's. */
function asMerged(table: SyncedTable, r: MergeableRecord): MergedRecord['record'] {
  const values: Record<string, unknown> = {};
  const fieldClocks: Record<string, string> = {};
  const fieldBasis: Record<string, string> = {};
  let newest = '';
  for (const field of mergedFields(table)) {
    values[field] = r[field];
    const clock = r.fieldClocks[field];
    const basis = r.fieldBasis?.[field];
    if (clock) fieldClocks[field] = clock;
    if (basis) fieldBasis[field] = basis;
    if (clock && clock > newest) newest = clock;
  }
  return {
    ...values,
    id: r.id,
    createdAt: r.createdAt,
    deleted: r.deleted,
    fieldClocks,
    fieldBasis,
    deviceId: nodeOfClock(newest),
    ...extras(table, values, [r]),
  };
}

/**
 * What a merged record carries besides its fields: a person, every NIK any copy is known by (a union, so the same in
 * any order) other than the merged current one; nothing when there is none, so such records keep their old shape.
 * An erased person keeps no NIK, only the newest erasure's clock and the hashes of every NIK any copy knew them by
 * (hash-nik.ts): a union too, so the merge keeps finding the same person behind a copy made before the erasure.
 */
function extras(table: SyncedTable, values: Readonly<Record<string, unknown>>, copies: readonly MergeableRecord[]): Record<string, unknown> {
  if (table !== 'anggota') return {};
  const erasures = copies
    .map((c) => c.dihapusPribadi)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  if (erasures.length > 0) return { dihapusPribadi: erasures.at(-1), ...hashesOf(copies) };
  const known = nikDikenal(values.nik, ...copies);
  return known.length > 0 ? { nikDikenal: known } : {};
}

function hashesOf(copies: readonly MergeableRecord[]): { nikHashSemua?: string[] } {
  const all = new Set(copies.flatMap((c) => nikHashSemua(c)));
  for (const nik of nikSemua(...copies)) all.add(hashNik(nik)!);
  return all.size > 0 ? { nikHashSemua: [...all].sort() } : {};
}

/** Whether two copies carry the same extras, compared in their canonical form (a local edit may leave another). */
const sameExtras = (table: SyncedTable, a: MergeableRecord, b: MergeableRecord) =>
  table !== 'anggota' ||
  (nikDikenal(a.nik, a).join() === nikDikenal(b.nik, b).join() && a.dihapusPribadi === b.dihapusPribadi && nikHashSemua(a).join() === nikHashSemua(b).join());
