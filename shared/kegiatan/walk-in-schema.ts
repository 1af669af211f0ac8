import { z } from 'zod';
import { anggotaSchema, emptyAnggota, type Anggota } from '../anggota/anggota-schema';
import { nikAutofill, parseNik } from '../nik/nik-parse';
import { jabatanSaran, type JenisPeran } from '../anggota/peran-options';
import { searchWords } from '../search/search-text';
import { phone, text } from '../validation/schema-parts';

/**
 * A walk-in at the check-in table: the fewest fields that let the person sign the sheet and be found again (name,
 * cooperative, jabatan, phone; NIK if they have their KTP). The rest is completed later from the person's page.
 */
export const walkInSchema = z.object({
  nama: anggotaSchema.shape.nama,
  koperasiId: z.string().max(60),
  jabatan: text(80),
  telepon: phone,
  nik: anggotaSchema.shape.nik,
});
export type WalkIn = z.output<typeof walkInSchema>;
export type WalkInInput = z.input<typeof walkInSchema>;

export const emptyWalkIn = (nama = ''): WalkInInput => ({ nama, koperasiId: '', jabatan: '', telepon: '', nik: '' });

/**
 * The person a walk-in becomes: what they gave at the table, with birth date and sex read from the NIK as the
 * person form fills them (nikAutofill), so the formulir pendaftaran prints them instead of empty boxes. The NIK's
 * warnings (an unknown region, a serial 0000) are not acknowledged here: the table has no time for them, and the
 * person's page shows them until an officer marks them checked.
 */
export function anggotaDariWalkIn(values: Pick<WalkIn, 'nama' | 'nik' | 'telepon'>, today: string): Anggota {
  const parsed = values.nik ? parseNik(values.nik, today) : null;
  return { ...emptyAnggota(), nama: values.nama, nik: values.nik, telepon: values.telepon, ...(parsed ? nikAutofill(parsed) : {}) };
}

/** Words that make a jabatan an employee's (the cooperative's staff, not its elected officers). */
const jabatanKaryawan = ['karyawan', 'pegawai', 'staf', 'staff', ...jabatanSaran.karyawan.map((j) => searchWords(j).join(' '))];

/**
 * The role a walk-in's jabatan implies, so the table asks one question instead of two: "Ketua" or "Bendahara" is
 * a pengurus, anything with "Pengawas" a pengawas, "Manajer" or "Karyawan" a karyawan, nothing or "Anggota" a
 * member. An office the list does not know ("Wakil Ketua II") is taken as pengurus: cooperatives send officers.
 */
export function peranDariJabatan(jabatan: string): JenisPeran {
  const j = searchWords(jabatan).join(' ');
  if (j.split(' ').includes('pengawas')) return 'pengawas';
  if (j === '' || j === 'anggota') return 'anggota';
  if (jabatanKaryawan.some((w) => j === w || j.startsWith(`${w} `))) return 'karyawan';
  return 'pengurus';
}
