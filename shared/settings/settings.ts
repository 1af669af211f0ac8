import { z } from 'zod';
import type { TarifIuran } from '../kepesertaan/tarif-iuran';
import { phone } from '../validation/schema-parts';
import type { PengaturanDokumen } from './pengaturan-dokumen';
import type { PengaturanDipulihkan } from './pengaturan-dipulihkan';

/** How long the tombstone of a deleted person keeps their data: the default, and the choices Pengaturan offers. */
export const RETENSI_TERHAPUS_BAWAAN = 365;
export const retensiTerhapusSchema = z.number().int().min(30).max(3650);

/** Languages the UI ships; Bahasa Indonesia first. */
export const locales = ['id', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

const trimmed = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' });
const required = (max: number) => trimmed(max).min(1, { message: 'validation.required' });

/**
 * The office that runs this laptop: its region (Kemendagri codes with a name snapshot, so printed letterheads
 * stay right even if a later region list renames a place), its name and address, and the officers who use it.
 * Validation messages are i18n keys, translated by the renderer.
 */
export const officeProfileSchema = z
  .object({
    provinsiKode: z.string().regex(/^\d{2}$/, { message: 'validation.regionCode' }),
    provinsiNama: required(100),
    kabupatenKode: z.string().regex(/^\d{2}\.\d{2}$/, { message: 'validation.regionCode' }),
    kabupatenNama: required(100),
    namaKantor: required(160),
    alamat: z
      .array(trimmed(200))
      .min(1)
      .max(3)
      .refine((lines) => lines.some((l) => l.length > 0), {
        message: 'validation.required',
      }),
    telepon: phone,
    email: z.union([z.literal(''), z.string().trim().max(120).email({ message: 'validation.email' })]),
    laman: trimmed(120),
    petugas: z
      .array(trimmed(120))
      .min(1)
      .max(20)
      .refine((names) => names.some((n) => n.length > 0), {
        message: 'validation.required',
      }),
  })
  .refine((p) => p.kabupatenKode.startsWith(`${p.provinsiKode}.`), {
    message: 'validation.regionMismatch',
    path: ['kabupatenKode'],
  });
export type OfficeProfile = z.infer<typeof officeProfileSchema>;

/** What the main process keeps in its settings store. The device id is made once and never changes. */
export interface Settings {
  readonly deviceId: string;
  readonly locale: Locale;
  readonly officeProfile: OfficeProfile | null;
  /** BPJS contribution rates by period; the app's defaults until the office saves its own. */
  readonly tarifIuran: readonly TarifIuran[];
  /** Letterhead, signer and place of signing for printed documents; derived from the profile until saved. */
  readonly dokumen: PengaturanDokumen;
  /** The officer working on this laptop now ('' until one is picked): who checks people in, who printed what. */
  readonly petugasAktif: string;
  /**
   * Days a deleted person's tombstone keeps their personal fields before they are blanked as by *Hapus data
   * pribadi* (UU 27/2022: kept no longer than needed). The app's default until the office sets its own.
   */
  readonly retensiTerhapusHari: number;
  /**
   * Whether an exchange file without encryption may be imported. Off unless the office turns it on: such a file
   * can have been read or altered by anyone who held it on the way.
   */
  readonly izinkanImporTanpaEnkripsi: boolean;
}

/** Facts about the running app that the renderer cannot know by itself. */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly deviceId: string;
  /** 'electron' inside the desktop shell, 'harness' when the UI runs in a browser with the same handlers. */
  readonly shell: 'electron' | 'harness';
  /** The settings file was damaged and healed at this start: what was kept aside and which keys fell to defaults. */
  readonly pengaturanDipulihkan: PengaturanDipulihkan | null;
}
