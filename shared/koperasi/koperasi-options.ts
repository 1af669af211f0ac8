/**
 * The closed choices of a cooperative record (docs/domain.md §2). Stored values are stable codes; labels come from i18n
 * (`koperasi.options.<field>.<code>`), so Bahasa Indonesia and English read naturally and stored data never changes
 * with the language.
 */
export const bentukKoperasi = ['primer', 'sekunder'] as const;
export const jenisKoperasi = ['simpan_pinjam', 'konsumen', 'produsen', 'pemasaran', 'jasa', 'serba_usaha'] as const;
export const polaKoperasi = ['konvensional', 'syariah'] as const;
/** The coarse split some programs' targets use (e.g. PKS-PKB: koperasi karyawan vs masyarakat). */
export const golonganKoperasi = ['karyawan', 'masyarakat'] as const;
export const skalaUsaha = ['mikro', 'kecil', 'menengah', 'besar'] as const;
export const statusKoperasi = ['aktif', 'tidak_aktif'] as const;
export const statusBpjsKoperasi = ['belum', 'proses', 'terdaftar'] as const;

/**
 * Suggested kelompok; the field stays free text because offices add their own groups (docs/domain.md §2:
 * "editable list"), and the registry offers every kelompok already in use alongside these.
 */
export const kelompokBawaan = [
  'Koperasi Karyawan',
  'KPRI',
  'KUD',
  'Koperasi Wanita',
  'Kopontren',
  'Koperasi Mahasiswa',
  'Koperasi Sekolah',
  'Koperasi Pasar',
  'Koperasi Desa/Kelurahan Merah Putih',
  'Koperasi Masyarakat',
] as const;

export type BentukKoperasi = (typeof bentukKoperasi)[number];
export type JenisKoperasi = (typeof jenisKoperasi)[number];
export type PolaKoperasi = (typeof polaKoperasi)[number];
export type GolonganKoperasi = (typeof golonganKoperasi)[number];
export type SkalaUsaha = (typeof skalaUsaha)[number];
export type StatusKoperasi = (typeof statusKoperasi)[number];
export type StatusBpjsKoperasi = (typeof statusBpjsKoperasi)[number];
