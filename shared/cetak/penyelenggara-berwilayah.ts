/**
 * The organisers as a berita acara prints them. Every district has a "Dinas Koperasi dan UKM", so the office's own
 * name alone does not say which; a reader outside the district needs its region ("Dinas Koperasi dan Usaha Kecil
 * Menengah Kota Tangerang Selatan"). Only the office's own name gets it, and only when it does not carry it yet;
 * partners and other organisers are printed as typed.
 */
export function penyelenggaraBerwilayah(
  penyelenggara: readonly string[],
  kantor: { readonly namaKantor: string; readonly kabupatenNama: string } | null,
): string[] {
  if (kantor === null) return [...penyelenggara];
  const nama = kantor.namaKantor.trim().toLowerCase();
  const wilayah = kantor.kabupatenNama.trim();
  return penyelenggara.map((p) => {
    const name = p.trim();
    if (name.toLowerCase() !== nama || wilayah === '' || name.toLowerCase().includes(wilayah.toLowerCase())) return name;
    return `${name} ${wilayah}`;
  });
}
