/**
 * The closed choices of a BPJS Ketenagakerjaan enrollment (kepesertaan, docs/domain.md §3). Stored values are stable
 * codes; labels come from i18n (`kepesertaan.options.<field>.<code>`).
 */

/** PU: Penerima Upah (wage earners); BPU: Bukan Penerima Upah (non-wage workers). */
export const kategoriPeserta = ['PU', 'BPU'] as const;
export type KategoriPeserta = (typeof kategoriPeserta)[number];

/** The five programs, in the order BPJS forms list them. */
export const programBpjs = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const;
export type ProgramBpjs = (typeof programBpjs)[number];

/** JKK risk groups for PU (1 = lowest, where cooperatives fall). */
export const kelompokRisiko = [1, 2, 3, 4, 5] as const;
export type KelompokRisiko = (typeof kelompokRisiko)[number];

/**
 * The life cycle (docs/domain.md §3, [design]): draf → formulir dicetak → diajukan → terdaftar or ditolak; a registered
 * participant may later become nonaktif.
 */
export const statusKepesertaan = ['draf', 'formulir_dicetak', 'diajukan', 'terdaftar', 'ditolak', 'nonaktif'] as const;
export type StatusKepesertaan = (typeof statusKepesertaan)[number];
