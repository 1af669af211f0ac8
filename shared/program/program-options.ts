/**
 * The closed choices of agreements, programs, targets and participations (issue 13, docs/domain.md §1). Stored values
 * are stable codes; labels come from i18n (`program.options.<field>.<code>`), so stored data never changes with the
 * language.
 */

/** MoU (nota kesepahaman), nota kesepakatan, or PKS (perjanjian kerja sama): how offices name what they signed. */
export const jenisPerjanjian = ['mou', 'nota_kesepakatan', 'pks'] as const;
export type JenisPerjanjian = (typeof jenisPerjanjian)[number];

/** Who signed it: ministries (nasional), a province, or the kabupaten/kota itself. */
export const tingkatPerjanjian = ['nasional', 'provinsi', 'kabupaten_kota'] as const;
export type TingkatPerjanjian = (typeof tingkatPerjanjian)[number];

/**
 * What counts as achieved under a program, always computed from records, never typed:
 * - `koperasi_bpjs`: a cooperative registered as an employer (NPP / status BPJS terdaftar), or with at least N
 *   of its people terdaftar (N and the roles counted set per program);
 * - `peserta_terdaftar`: people whose enrollment reached terdaftar in the period;
 * - `keikutsertaan`: a cooperative that joined the program (a participation record), for programs the app does not
 *   otherwise track (PKS-PKB Samsat).
 */
export const aturanCapaian = ['koperasi_bpjs', 'peserta_terdaftar', 'keikutsertaan'] as const;
export type AturanCapaian = (typeof aturanCapaian)[number];

/** The roles whose enrollments a program counts (none chosen: every role). */
export const peranDihitung = ['karyawan', 'pengurus', 'anggota'] as const;
export type PeranDihitung = (typeof peranDihitung)[number];

/** How a target's cooperatives are chosen: all of them, by jenis, by golongan, by kecamatan, or a named list. */
export const jenisSegmen = ['semua', 'jenis', 'golongan', 'kecamatan', 'daftar'] as const;
export type JenisSegmen = (typeof jenisSegmen)[number];

/** A cooperative in a program it does not otherwise track: still in, or left. */
export const statusKeikutsertaan = ['ikut', 'keluar'] as const;
export type StatusKeikutsertaan = (typeof statusKeikutsertaan)[number];
