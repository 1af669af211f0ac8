/**
 * The file name the save dialog suggests for the workbook: "laporan-pusat-kota-tangerang-selatan-2026-11-21.xlsx".
 * Lower case, letters and digits joined by hyphens, so it survives e-mail, chat apps and USB sticks formatted on
 * any system, and sorts by date within one office's reports.
 */
export function namaBerkasLaporanPusat(kabupatenNama: string, tanggal: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  const bagian = ['laporan-pusat', slug(kabupatenNama).slice(0, 60).replace(/-+$/, ''), slug(tanggal)].filter((p) => p !== '');
  return `${bagian.join('-')}.xlsx`;
}
