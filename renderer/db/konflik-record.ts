import type { FieldVersion } from '../../shared/exchange/field-versions';
import type { SyncedTable } from './schema-versions';

/**
 * A field of a record that holds versions written without knowing each other (field-versions.ts): the value the
 * record shows is the newest; `versions` are the others, each with its clock (time and laptop). Local to this
 * laptop: every laptop computes the same list from the same files.
 */
export interface KonflikRecord {
  /** `<tabel>/<recordId>/<field>`. */
  readonly id: string;
  readonly tabel: SyncedTable;
  readonly recordId: string;
  readonly field: string;
  readonly versions: readonly FieldVersion[];
}
