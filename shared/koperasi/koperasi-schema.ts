import { z } from 'zod';
import { pickFields } from '../records/pick-fields';
import { bentukKoperasi, golonganKoperasi, jenisKoperasi, polaKoperasi, skalaUsaha, statusBpjsKoperasi, statusKoperasi } from './koperasi-options';
import { digits, isoDate, kecamatanKode, kelurahanInsideKecamatan, kelurahanKode, phone, rtRw, text } from '../validation/schema-parts';

const count = z
  .number({ message: 'validation.number' })
  .int({ message: 'validation.wholeNumber' })
  .min(0, { message: 'validation.notNegative' })
  .max(10_000_000, { message: 'validation.tooLarge' });

/**
 * A cooperative as the office records it (docs/domain.md §2). Legal numbers stay free text because two formats are in
 * use (older `518.08/96/BH/XIV.10/VIII/2008`, AHU since 2019); NIB and NPWP are checked for length only.
 */
export const koperasiSchema = z
  .object({
    nama: text(200).min(3, { message: 'validation.nameTooShort' }),
    bentuk: z.enum(bentukKoperasi),
    jenis: z.enum(jenisKoperasi),
    pola: z.enum(polaKoperasi),
    kelompok: text(80),
    golongan: z.enum(golonganKoperasi),
    nomorBadanHukum: text(120),
    tanggalBadanHukum: isoDate,
    nomorIndukKoperasi: z
      .string()
      .transform((v) => v.replace(/\s/g, ''))
      .pipe(z.union([z.literal(''), z.string().regex(/^\d{6,20}$/, { message: 'validation.nomorIndukKoperasi' })])),
    nomorIndukKoperasiTerbit: isoDate,
    nomorIndukKoperasiBerlaku: isoDate,
    nib: digits(13, 'validation.nib'),
    npwp: digits(16, 'validation.npwp'),
    alamat: text(300),
    rt: rtRw,
    rw: rtRw,
    kecamatanKode,
    kecamatanNama: text(100),
    kelurahanKode,
    kelurahanNama: text(100),
    telepon: phone,
    email: z.union([z.literal(''), z.string().trim().max(120).email({ message: 'validation.email' })]),
    skalaUsaha: z.enum(skalaUsaha),
    anggotaLaki: count,
    anggotaPerempuan: count,
    karyawanLaki: count,
    karyawanPerempuan: count,
    ratTerakhir: isoDate,
    ratTahunBuku: z.union([z.null(), z.number().int().min(1945, { message: 'validation.year' }).max(2100, { message: 'validation.year' })]),
    status: z.enum(statusKoperasi),
    npp: z
      .string()
      .trim()
      .regex(/^\d{0,20}$/, { message: 'validation.npp' }),
    statusBpjs: z.enum(statusBpjsKoperasi),
    catatan: text(2000),
  })
  .superRefine((k, ctx) => {
    kelurahanInsideKecamatan(k, ctx);
    if (k.nomorIndukKoperasiTerbit && k.nomorIndukKoperasiBerlaku && k.nomorIndukKoperasiBerlaku < k.nomorIndukKoperasiTerbit) {
      ctx.addIssue({ code: 'custom', path: ['nomorIndukKoperasiBerlaku'], message: 'validation.expiryBeforeIssue' });
    }
    if (k.ratTerakhir && k.ratTahunBuku !== null && Number(k.ratTerakhir.slice(0, 4)) < k.ratTahunBuku) {
      ctx.addIssue({ code: 'custom', path: ['ratTahunBuku'], message: 'validation.ratBeforeBookYear' });
    }
  });

export type KoperasiInput = z.input<typeof koperasiSchema>;
export type Koperasi = z.output<typeof koperasiSchema>;

/** A blank cooperative with the most common choices preselected, for the create form. */
export function emptyKoperasi(): Koperasi {
  return {
    nama: '',
    bentuk: 'primer',
    jenis: 'simpan_pinjam',
    pola: 'konvensional',
    kelompok: '',
    golongan: 'masyarakat',
    nomorBadanHukum: '',
    tanggalBadanHukum: '',
    nomorIndukKoperasi: '',
    nomorIndukKoperasiTerbit: '',
    nomorIndukKoperasiBerlaku: '',
    nib: '',
    npwp: '',
    alamat: '',
    rt: '',
    rw: '',
    kecamatanKode: '',
    kecamatanNama: '',
    kelurahanKode: '',
    kelurahanNama: '',
    telepon: '',
    email: '',
    skalaUsaha: 'mikro',
    anggotaLaki: 0,
    anggotaPerempuan: 0,
    karyawanLaki: 0,
    karyawanPerempuan: 0,
    ratTerakhir: '',
    ratTahunBuku: null,
    status: 'aktif',
    npp: '',
    statusBpjs: 'belum',
    catatan: '',
  };
}

/** The user's fields of a cooperative, in form order: what the write path journals and exports carry. */
export const koperasiFieldNames = Object.keys(koperasiSchema.shape) as readonly (keyof Koperasi)[];

/** Just the user's fields of a stored record (no stamps, no derived index fields). */
export function pickKoperasiFields(record: Koperasi): Koperasi {
  return pickFields(record, koperasiFieldNames);
}
