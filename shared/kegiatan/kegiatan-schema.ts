import { z } from 'zod';
import { pickFields } from '../records/pick-fields';
import { kecamatanKode, text } from '../validation/schema-parts';
import { statusKegiatan } from './kegiatan-options';

/** "09:00" style time of day in the office's own time zone (docs/domain.md §5), or empty. */
export const jamWib = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' })]);

/** A speaker (narasumber): name and what they speak as ("Kepala Bidang Kepesertaan, BPJS Ketenagakerjaan Cabang …"). */
export const narasumberSchema = z.object({
  nama: text(120).min(1, { message: 'validation.required' }),
  jabatan: text(200),
});
export type Narasumber = z.output<typeof narasumberSchema>;

/**
 * An invited cooperative: the people expected to represent it (named from its roster, pre-filled on the daftar
 * hadir) and how many representatives are expected in all (the rest get blank rows).
 */
export const undanganSchema = z.object({
  koperasiId: z.string().min(1, { message: 'validation.required' }),
  perwakilan: z.array(z.string().min(1)).max(50),
  jumlahPerwakilan: z
    .number({ message: 'validation.number' })
    .int({ message: 'validation.wholeNumber' })
    .min(0, { message: 'validation.notNegative' })
    .max(50, { message: 'validation.tooLarge' }),
});
export type Undangan = z.output<typeof undanganSchema>;

/**
 * An outreach event (Kegiatan Sosialisasi, docs/domain.md §1): what it serves, when (in the office's time zone)
 * and where, who organizes and speaks, which cooperatives are invited and whom they send. `programId` links the
 * program it serves (schema 6); `program` is the free text written before programs existed, kept and shown until
 * someone links the event.
 */
export const kegiatanFields = {
  judul: text(200).min(3, { message: 'validation.judulTooShort' }),
  program: text(200),
  /** The program the event serves ('' for none); files from before schema 6 have none. */
  programId: z.string().max(60).default(''),
  tanggal: z.iso.date({ message: 'validation.dateRequired' }),
  jamMulai: jamWib.refine((v) => v !== '', { message: 'validation.required' }),
  jamSelesai: jamWib,
  tempat: text(200).min(1, { message: 'validation.required' }),
  alamatTempat: text(300),
  kecamatanKode,
  kecamatanNama: text(100),
  penyelenggara: z.array(text(160).min(1, { message: 'validation.required' })).max(10),
  mitra: z.array(text(160).min(1, { message: 'validation.required' })).max(10),
  narasumber: z.array(narasumberSchema).max(10),
  undangan: z.array(undanganSchema).max(500),
  status: z.enum(statusKegiatan),
  catatan: text(2000),
};

/** The rules across fields: the end after the start, each cooperative invited once. */
export function periksaKegiatan(k: Pick<Kegiatan, 'jamMulai' | 'jamSelesai' | 'undangan'>, ctx: z.RefinementCtx): void {
  if (k.jamMulai && k.jamSelesai && k.jamSelesai <= k.jamMulai) ctx.addIssue({ code: 'custom', path: ['jamSelesai'], message: 'validation.jamSelesai' });
  const seen = new Set<string>();
  k.undangan.forEach((u, i) => {
    if (seen.has(u.koperasiId)) ctx.addIssue({ code: 'custom', path: ['undangan', i, 'koperasiId'], message: 'validation.duplicateKoperasi' });
    seen.add(u.koperasiId);
  });
}

export const kegiatanSchema = z.object(kegiatanFields).superRefine(periksaKegiatan);

export type Kegiatan = z.output<typeof kegiatanSchema>;
export type KegiatanInput = z.input<typeof kegiatanSchema>;

export const kegiatanFieldNames = Object.keys(kegiatanSchema.shape) as readonly (keyof Kegiatan)[];

export function emptyKegiatan(): Kegiatan {
  return {
    judul: '',
    program: '',
    programId: '',
    tanggal: '',
    jamMulai: '09:00',
    jamSelesai: '',
    tempat: '',
    alamatTempat: '',
    kecamatanKode: '',
    kecamatanNama: '',
    penyelenggara: [],
    mitra: [],
    narasumber: [],
    undangan: [],
    status: 'direncanakan',
    catatan: '',
  };
}

export function pickKegiatanFields(record: Kegiatan): Kegiatan {
  return pickFields(record, kegiatanFieldNames);
}

/** How many representatives an invitation expects: at least the people it names. */
export const jumlahDiundang = (u: Undangan) => Math.max(u.jumlahPerwakilan, u.perwakilan.length);
