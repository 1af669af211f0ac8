import type { KopSurat, Penandatangan, PengaturanDokumen } from './pengaturan-dokumen';
import type { OfficeProfile } from './settings';

/** Kemendagri names carry the kind of region; a place name on a letter or a signature line does not. */
const JENIS_WILAYAH = /^(?:kabupaten administrasi|kota administrasi|kabupaten|kota adm\.|kota|kab\.)\s+/i;

/** "Kota Tangerang Selatan" → "Tangerang Selatan", the place written before the date of a signature. */
export function tempatTandaTanganBawaan(kabupatenNama: string): string {
  return kabupatenNama.trim().replace(JENIS_WILAYAH, '');
}

/**
 * The letterhead an office gets before it writes its own, from its profile: the government line in capitals, the
 * office name in capitals (written out, as the profile asks), the address, and the contacts that are filled in.
 */
export function kopSuratBawaan(profile: OfficeProfile | null): KopSurat {
  if (profile === null) return { logo: '', baris: [] };
  const kontak = [profile.telepon && `Telepon ${profile.telepon}`, profile.laman && `Laman ${profile.laman}`, profile.email && `Surel ${profile.email}`].filter(
    (part) => part !== '',
  );
  const alamat = profile.alamat
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(', ');
  const baris = [`PEMERINTAH ${profile.kabupatenNama.trim().toUpperCase()}`, profile.namaKantor.trim().toUpperCase(), alamat, kontak.join(', ')];
  return { logo: '', baris: baris.filter((l) => l !== '') };
}

/** The head of office as signer, titled after the office and its region ("Kepala Dinas … Kota Tangerang Selatan"). */
export function penandatanganBawaan(profile: OfficeProfile | null): Penandatangan {
  if (profile === null) return { nama: '', jabatan: '', atasNama: '', pangkat: '', nip: '' };
  const kantor = profile.namaKantor.trim();
  const wilayah = profile.kabupatenNama.trim();
  const jabatan = kantor.toLowerCase().includes(wilayah.toLowerCase()) ? `Kepala ${kantor}` : `Kepala ${kantor} ${wilayah}`;
  return { nama: '', jabatan, atasNama: '', pangkat: '', nip: '' };
}

/** What printed documents use until the office saves its own letterhead and signer in Pengaturan. */
export function pengaturanDokumenBawaan(profile: OfficeProfile | null): PengaturanDokumen {
  return {
    kopSurat: kopSuratBawaan(profile),
    penandatangan: penandatanganBawaan(profile),
    tempatTandaTangan: profile === null ? '' : tempatTandaTanganBawaan(profile.kabupatenNama),
  };
}
