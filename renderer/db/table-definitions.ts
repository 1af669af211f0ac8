import type { Koperasi } from '../../shared/koperasi/koperasi-schema';
import { koperasiSearchTokens, koperasiSortKey } from '../../shared/koperasi/koperasi-search';
import type { KoperasiRecord } from './database';
import type { SyncedTable } from './schema-versions';

/** What a user (or an import) writes into each synced table, and what the table stores. */
export interface TableTypes {
  koperasi: { input: Koperasi; record: KoperasiRecord };
}
export type InputOf<T extends SyncedTable> = TableTypes[T]['input'];
export type RecordOf<T extends SyncedTable> = TableTypes[T]['record'];

/**
 * Fields computed from a record for its indexes. They are recomputed on every write and never journalled or
 * exported, so changing how search works is a new app version, not a data migration.
 */
export const derivedFields: { readonly [T in SyncedTable]: (values: InputOf<T>) => Record<string, unknown> } = {
  koperasi: (k) => ({ namaSort: koperasiSortKey(k.nama), searchTokens: koperasiSearchTokens(k) }),
};
export const derivedKeys: { readonly [T in SyncedTable]: readonly string[] } = {
  koperasi: ['namaSort', 'searchTokens'],
};
