import { z } from 'zod';

/** A logo the renderer read from a file: small enough for the settings file and the IPC message (≈ 500 KB of image). */
export const LOGO_MAX_CHARS = 700_000;
/** The image file the office picks, before it becomes a data URL (base64 adds a third). */
export const LOGO_MAX_BYTES = 500 * 1024;
export const KOP_MAX_BARIS = 6;

const trimmed = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' });

/**
 * The emblem as a data URL (PNG or JPEG only: what every printer driver and PDF reader shows), or '' for none.
 * Only the base64 alphabet after the prefix, so nothing but an image can reach an `<img src>`.
 */
export const logoSchema = z.union([
  z.literal(''),
  z
    .string()
    .max(LOGO_MAX_CHARS, { message: 'validation.logoTooLarge' })
    .regex(/^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, { message: 'validation.logoType' }),
]);

/**
 * The letterhead (docs/domain.md §5): the regional emblem on the left and up to six centred lines — government,
 * office name, address, contacts. Empty lines are dropped when saved; at least one line must remain.
 */
export const kopSuratSchema = z.object({
  logo: logoSchema,
  baris: z
    .array(trimmed(160))
    .max(KOP_MAX_BARIS, { message: 'validation.kopTerlaluBanyak' })
    .transform((lines) => lines.filter((l) => l.length > 0))
    .pipe(z.array(z.string()).min(1, { message: 'validation.kopKosong' })),
});
export type KopSurat = z.output<typeof kopSuratSchema>;

/** A civil servant's NIP: 18 digits (birth date, appointment month, sex, serial), typed with or without spaces. */
export const nipSchema = z
  .string()
  .transform((v) => v.replace(/\s/g, ''))
  .pipe(z.union([z.literal(''), z.string().regex(/^\d{18}$/, { message: 'validation.nip' })]));

/**
 * Who signs the office's documents ("Mengetahui, Kepala Dinas …"): name, title, rank and NIP. Each may be left
 * empty, and the printed block then leaves a line to write on by hand. `atasNama` is the head's title when this
 * signer signs on the head's behalf ("a.n. Kepala Dinas …" above their own title): set once with the signer, not
 * typed at each print. Settings saved before it existed read as '' (no a.n.).
 */
export const penandatanganSchema = z.object({
  nama: trimmed(120),
  jabatan: trimmed(200),
  atasNama: trimmed(200).default(''),
  pangkat: trimmed(100),
  nip: nipSchema,
});
export type Penandatangan = z.output<typeof penandatanganSchema>;

/** Everything printed documents take from the office's configuration rather than from a record. */
export const pengaturanDokumenSchema = z.object({
  kopSurat: kopSuratSchema,
  penandatangan: penandatanganSchema,
  /** The city before the date in a signature block: "Tangerang Selatan, 21 November 2026". */
  tempatTandaTangan: trimmed(100),
});
export type PengaturanDokumen = z.output<typeof pengaturanDokumenSchema>;

/** The officer working on this laptop now: who checked people in, who printed a list. */
export const petugasAktifSchema = trimmed(120);
