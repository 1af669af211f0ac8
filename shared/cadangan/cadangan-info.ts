import { z } from 'zod';
import { jenisEkspor, type JenisEkspor } from '../exchange/bundle-manifest';

/** Why a backup was taken: by hand, after a spell of work, or right before something that replaces data. */
export const alasanCadangan = ['manual', 'berkala', 'sebelum-impor', 'sebelum-pulihkan', 'saat-tutup', 'sebelum-pembaruan'] as const;
export type AlasanCadangan = (typeof alasanCadangan)[number];

/**
 * One backup file in the user-data folder's `cadangan/`, as main lists it. A backup is an ordinary exchange bundle
 * (any laptop can import it), encrypted with the key the operating system keeps for this install.
 */
export interface CadanganInfo {
  /** The file's name in `cadangan/`; the id the renderer uses to read it back. */
  readonly berkas: string;
  /** ISO time the snapshot was taken. */
  readonly waktu: string;
  readonly alasan: AlasanCadangan;
  /**
   * `semua`: the whole database. `perubahan`: only the records changed since the backup named in `dasar` (its
   * `sampai`), so a restore replays the chain from its full snapshot in order (rantai-cadangan.ts). Descriptions
   * written before changes-only backups existed have neither and read as `semua`.
   */
  readonly jenis: JenisEkspor;
  /** For `perubahan`: the file name of the backup this one continues. */
  readonly dasar?: string;
  /** The newest local change clock the snapshot holds: where the next changes-only backup starts. */
  readonly sampai?: string;
  /** The database's identity and restore generation when the snapshot was taken: a chain never spans two. */
  readonly identitas?: string;
  readonly rantai?: string;
  /** Records per bundle section, as the snapshot counted them (for `perubahan`, the records changed). */
  readonly jumlah: Readonly<Record<string, number>>;
  readonly ukuran: number;
  /** SHA-256 (hex) of the file as written and read back: a copy elsewhere can be checked against it. */
  readonly sha256: string;
  /**
   * The bytes were decoded and their counts compared before writing, and the file read back after writing equals
   * them. Only a checked backup is listed: an unchecked one is removed, never offered for a restore.
   */
  readonly diperiksa: true;
}

/** A backup file's name: made by main, checked on every read so no path ever leaves `cadangan/`. */
export const namaCadanganSchema = z.string().regex(/^cadangan-[0-9TZ-]{20,30}-[a-z-]{3,20}\.kopl$/);

export const simpanCadanganRequestSchema = z.object({
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'Expected a Uint8Array' }),
  waktu: z.iso.datetime(),
  alasan: z.enum(alasanCadangan),
  jumlah: z.record(z.string(), z.number().int().min(0)),
  jenis: z.enum(jenisEkspor),
  dasar: namaCadanganSchema.optional(),
  sampai: z.string().max(100),
  identitas: z.string().max(100),
  rantai: z.string().max(100),
});
export type SimpanCadanganRequest = z.input<typeof simpanCadanganRequestSchema>;
