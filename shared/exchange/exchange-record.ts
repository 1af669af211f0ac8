import { z } from 'zod';
import { anggotaSchema } from '../anggota/anggota-schema';
import { peranSchema } from '../anggota/peran-schema';
import { cetakanSchema } from '../cetak/cetakan-schema';
import { kegiatanSchema } from '../kegiatan/kegiatan-schema';
import { kehadiranSchema } from '../kegiatan/kehadiran-schema';
import { kepesertaanSchema } from '../kepesertaan/kepesertaan-schema';
import { koperasiSchema } from '../koperasi/koperasi-schema';
import { keikutsertaanFields } from '../program/keikutsertaan-schema';
import { perjanjianFields } from '../program/perjanjian-schema';
import { programFields } from '../program/program-schema';
import { targetFields } from '../program/target-schema';
import type { SyncedTable } from '../records/synced-tables';
import { strictEverywhere } from './strict-everywhere';

/** A record id as the app makes them (UUIDs) or a test names them; nothing that could be a path or markup. */
export const recordIdSchema = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);

/** A hybrid logical clock stamp (shared/clock/hlc.ts); the merge checks it is not from the future. */
export const hlcStampSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9A-F]{4}-[0-9a-z-]{1,36}$/);

/**
 * Each table's user fields, without the cross-field rules: a merged record may combine fields from two laptops
 * (each valid where it was written) into a pair a form would query, and the merge must still take it. Every field
 * keeps its own shape and length limits, so absurd values are still refused.
 */
export const exchangeFieldShapes = {
  koperasi: koperasiSchema.shape,
  anggota: anggotaSchema.shape,
  peran: peranSchema.shape,
  kepesertaan: kepesertaanSchema.shape,
  kegiatan: kegiatanSchema.shape,
  kehadiran: kehadiranSchema.shape,
  cetakan: cetakanSchema.shape,
  perjanjian: perjanjianFields,
  program: programFields,
  target: targetFields,
  keikutsertaan: keikutsertaanFields,
} as const satisfies { readonly [T in SyncedTable]: z.ZodRawShape };

/** The user field names of each table: what a bundle's record may carry besides its stamp. */
export const exchangeFieldNames: { readonly [T in SyncedTable]: readonly string[] } = Object.fromEntries(
  Object.entries(exchangeFieldShapes).map(([table, shape]) => [table, Object.keys(shape)]),
) as unknown as { readonly [T in SyncedTable]: readonly string[] };

/**
 * What a table's records carry besides their user fields and stamp: a person, the other NIKs they are known by
 * (nik-dikenal.ts). Optional, so files from schema 4 (which had none) still import.
 */
const anggotaExtraShape = {
  nikDikenal: z
    .array(z.string().regex(/^\d{16}$/, { message: 'validation.nik' }))
    .min(1)
    .max(1000)
    .optional(),
  /** The clock of *Hapus data pribadi*: the person's data is erased, on every laptop the record reaches. */
  dihapusPribadi: z.string().min(1).max(100).optional(),
  /** HMAC-SHA256 (hex) of every NIK the erased person was known by (hash-nik.ts), the only trace of them kept. */
  nikHashSemua: z
    .array(z.string().regex(/^[0-9a-f]{64}$/))
    .min(1)
    .max(1000)
    .optional(),
  /** The one hash a file from the first version of erasure carried; read as a one-element `nikHashSemua`. */
  nikHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
};

/**
 * One record as a bundle carries it: the user fields, the id, when and where it was created, the tombstone flag,
 * and per field the clock of its last change and the basis that change was made on (record-meta.ts). Derived
 * index fields and the local `changedAt` never travel: the importer computes its own. Unknown keys are refused.
 */
export function exchangeRecordSchema<T extends SyncedTable>(table: T) {
  const clockKeys = z.enum(['deleted', ...exchangeFieldNames[table]] as unknown as [string, ...string[]]);
  // Strict at every depth: a key inside an element of `undangan` or `narasumber` is refused too, not stripped.
  const base = z.strictObject({
    ...exchangeFieldShapes[table],
    id: recordIdSchema,
    createdAt: hlcStampSchema,
    deviceId: z.string().regex(/^[0-9a-z-]{1,36}$/),
    deleted: z.union([z.literal(0), z.literal(1)]),
    fieldClocks: z.partialRecord(clockKeys, hlcStampSchema),
    fieldBasis: z.partialRecord(clockKeys, z.union([z.literal(''), hlcStampSchema])),
  });
  return strictEverywhere(table === 'anggota' ? (base.extend(anggotaExtraShape) as unknown as typeof base) : base);
}

export type ExchangeRecord<T extends SyncedTable> = z.output<ReturnType<typeof exchangeRecordSchema<T>>>;

/**
 * Two people with one NIK made on two laptops become one: the record with the smaller id survives and the other
 * id becomes an alias of it. Aliases travel in bundles so every laptop re-points the same way, and a later change
 * to the merged-away id lands on the survivor. An alias keeps no personal data.
 */
export const aliasRecordSchema = z
  .strictObject({
    table: z.literal('anggota'),
    id: recordIdSchema,
    into: recordIdSchema,
  })
  // The survivor is always the smaller id, so aliases can never form a cycle.
  .refine((a) => a.into < a.id, { message: 'alias.intoNotSmaller', path: ['into'] });
export type AliasRecord = z.output<typeof aliasRecordSchema>;
