import { z } from 'zod';
import { pickFields } from '../records/pick-fields';
import { normalizeNik } from '../nik/nik-parse';
import { isoDate, kecamatanKode, kelurahanInsideKecamatan, kelurahanKode, phone, rtRw, text } from '../validation/schema-parts';

export const jenisKelamin = ['L', 'P'] as const;
export type JenisKelamin = (typeof jenisKelamin)[number];

/**
 * A person as the office records them (docs/domain.md §3 worker form, §4 NIK). The NIK is the person's identity: one
 * person per NIK in a database (enforced by a unique index), but it may be empty for a walk-in at an event who
 * did not bring a KTP. The only hard NIK error is "not 16 digits"; the other NIK findings are warnings whose
 * acknowledgement is stored in `nikPeringatanDiakui` (the finding codes the officer accepted for this NIK).
 */
export const anggotaSchema = z
  .object({
    nik: z
      .string()
      .transform(normalizeNik)
      .pipe(z.union([z.literal(''), z.string().regex(/^\d{16}$/, { message: 'validation.nik' })])),
    nama: text(120).min(2, { message: 'validation.personNameTooShort' }),
    tempatLahir: text(80),
    tanggalLahir: isoDate,
    jenisKelamin: z.enum(['', ...jenisKelamin]),
    namaIbuKandung: text(120),
    alamat: text(300),
    rt: rtRw,
    rw: rtRw,
    kecamatanKode,
    kecamatanNama: text(100),
    kelurahanKode,
    kelurahanNama: text(100),
    telepon: phone,
    pekerjaan: text(80),
    nikPeringatanDiakui: z.array(z.string().max(40)).max(10),
    catatan: text(1000),
  })
  .superRefine(kelurahanInsideKecamatan);

export type AnggotaInput = z.input<typeof anggotaSchema>;
export type Anggota = z.output<typeof anggotaSchema>;

export function emptyAnggota(): Anggota {
  return {
    nik: '',
    nama: '',
    tempatLahir: '',
    tanggalLahir: '',
    jenisKelamin: '',
    namaIbuKandung: '',
    alamat: '',
    rt: '',
    rw: '',
    kecamatanKode: '',
    kecamatanNama: '',
    kelurahanKode: '',
    kelurahanNama: '',
    telepon: '',
    pekerjaan: '',
    nikPeringatanDiakui: [],
    catatan: '',
  };
}

/** The user's fields of a person, in form order: what the write path journals and exports carry. */
export const anggotaFieldNames = Object.keys(anggotaSchema.shape) as readonly (keyof Anggota)[];

export function pickAnggotaFields(record: Anggota): Anggota {
  return pickFields(record, anggotaFieldNames);
}
