import { jumlahDiundang, type Undangan } from '../kegiatan/kegiatan-schema';
import { kodeUndangan } from '../kegiatan/kode-undangan';

/** Names that already say what kind of body the cooperative is: "KSP Maju", "Kopkar …", "Koperasi Simpan Pinjam …". */
const SUDAH_BERNAMA_KOPERASI = /^(koperasi|kop|ksp|kspps|ksu|kud|kopkar|kopwan|kopontren|kopma|kopdit|kopti|kpri|primkop|puskop|inkop)\b/i;

/**
 * Whom a surat undangan is addressed to, after "Yth.": the cooperative's chairman. "Ketua Koperasi Sejahtera", but
 * "Ketua KSP Sejahtera" and "Ketua Koperasi Simpan Pinjam Maju" (never "Koperasi Koperasi …").
 */
export function tujuanSuratUndangan(namaKoperasi: string): string {
  const nama = namaKoperasi.trim().replace(/\s+/g, ' ');
  return SUDAH_BERNAMA_KOPERASI.test(nama) ? `Ketua ${nama}` : `Ketua Koperasi ${nama}`;
}

/** One row of a letter's list of representatives: a named person with their check-in code, or a blank row to fill in. */
export interface PerwakilanSurat {
  readonly nomor: number;
  readonly nama: string;
  readonly jabatan: string;
  /** The person's check-in code (kode-undangan.ts), '' for a blank row: whoever comes is checked in by name. */
  readonly kode: string;
}

/**
 * The representatives a letter lists: the invited people named on the invitation, in its order (people deleted
 * since are left out), then blank rows up to the number the cooperative is asked to send.
 */
export function perwakilanSurat(
  kegiatanId: string,
  undangan: Undangan,
  orang: ReadonlyMap<string, { readonly nama: string; readonly jabatan: string }>,
): PerwakilanSurat[] {
  const rows: PerwakilanSurat[] = [];
  for (const id of undangan.perwakilan) {
    const p = orang.get(id);
    if (p) rows.push({ nomor: rows.length + 1, nama: p.nama, jabatan: p.jabatan, kode: kodeUndangan(kegiatanId, id) });
  }
  const kosong = Math.max(0, jumlahDiundang(undangan) - rows.length);
  for (let i = 0; i < kosong; i += 1) rows.push({ nomor: rows.length + 1, nama: '', jabatan: '', kode: '' });
  return rows;
}
