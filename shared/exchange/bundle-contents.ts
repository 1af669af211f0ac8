import type { SyncedTable } from '../records/synced-tables';
import type { BundleManifest } from './bundle-manifest';
import type { AliasRecord, ExchangeRecord } from './exchange-record';

/** A bundle once decoded and checked: its manifest, each table's records, and the NIK aliases. */
export interface BundleContents {
  readonly manifest: BundleManifest;
  readonly tables: { readonly [T in SyncedTable]: readonly ExchangeRecord<T>[] };
  readonly alias: readonly AliasRecord[];
}
