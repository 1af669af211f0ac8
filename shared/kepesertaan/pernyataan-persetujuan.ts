/**
 * The consent statements a person agrees to before their data goes to BPJS Ketenagakerjaan (UU 27/2022 on personal
 * data protection, docs/domain.md §6). Each enrollment stores the version it was recorded under, so a later wording
 * change never rewrites what someone agreed to. Append new versions; never edit a published one.
 */
export interface PernyataanPersetujuan {
  readonly versi: string;
  readonly berlakuMulai: string;
  readonly teks: string;
}

export const pernyataanPersetujuan: readonly PernyataanPersetujuan[] = [
  {
    versi: 'P-2026.1',
    berlakuMulai: '2026-01-01',
    teks:
      'Saya menyetujui Dinas mencatat data pribadi saya (NIK, nama, tempat dan tanggal lahir, jenis kelamin, nama ibu kandung, ' +
      'alamat, nomor telepon, pekerjaan, serta upah atau penghasilan) dan menyerahkannya kepada BPJS Ketenagakerjaan untuk ' +
      'pendaftaran kepesertaan saya. Data dipakai hanya untuk keperluan itu. Saya dapat meminta melihat, memperbaiki, atau ' +
      'menghapus data saya kepada Dinas.',
  },
];

/** The statement to record new consents under. */
export const pernyataanTerbaru: PernyataanPersetujuan = pernyataanPersetujuan[pernyataanPersetujuan.length - 1]!;

export function pernyataanVersi(versi: string): PernyataanPersetujuan | undefined {
  return pernyataanPersetujuan.find((p) => p.versi === versi);
}
