/**
 * A person's roles in a cooperative (UU 25/1992: pengurus and pengawas are elected by members; karyawan are
 * employed by the cooperative). Stored values are stable codes; labels come from i18n (`peran.options.peran.<code>`).
 */
export const jenisPeran = ['pengurus', 'pengawas', 'anggota', 'karyawan'] as const;
export type JenisPeran = (typeof jenisPeran)[number];

/**
 * Jabatan suggested per role. The field stays free text: cooperatives name their offices in their own articles
 * (wakil ketua II, manajer unit simpan pinjam …).
 */
export const jabatanSaran: Readonly<Record<JenisPeran, readonly string[]>> = {
  pengurus: ['Ketua', 'Wakil Ketua', 'Sekretaris', 'Bendahara', 'Anggota Pengurus'],
  pengawas: ['Ketua Pengawas', 'Anggota Pengawas'],
  anggota: [],
  karyawan: ['Manajer', 'Kasir', 'Staf Administrasi', 'Petugas Lapangan', 'Pramuniaga'],
};
