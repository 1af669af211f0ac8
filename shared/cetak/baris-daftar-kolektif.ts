import type { Anggota, JenisKelamin } from '../anggota/anggota-schema';
import { formatTanggal } from '../format/format-date';
import { formatRupiah } from '../format/format-rupiah';
import type { KategoriPeserta, StatusKepesertaan } from '../kepesertaan/kepesertaan-options';
import type { Kepesertaan } from '../kepesertaan/kepesertaan-schema';
import { urutkanProgram } from '../kepesertaan/program-rules';

/** Enrollments a collective list hands to the BPJS branch: those not submitted yet. */
export const statusDaftarKolektif: readonly StatusKepesertaan[] = ['draf', 'formulir_dicetak'];

export interface BarisDaftarKolektif {
  readonly nomor: number;
  readonly kepesertaanId: string;
  readonly nama: string;
  /** Whole: the list goes to BPJS Ketenagakerjaan to register these people. */
  readonly nik: string;
  /**
   * Nama ibu kandung: the branch asks for it to tell apart people of the same name (docs/domain.md §3, worker
   * form).
   */
  readonly namaIbuKandung: string;
  readonly tanggalLahir: string;
  readonly jenisKelamin: JenisKelamin | '';
  readonly kategori: KategoriPeserta;
  /** "JKK, JKM, JHT" in form order. */
  readonly program: string;
  /** "Rp3.000.000", or '' while not asked. */
  readonly upah: string;
  readonly tanggalEfektif: string;
}

export interface JumlahDaftarKolektif {
  readonly orang: number;
  readonly pu: number;
  readonly bpu: number;
  /** The wages and declared incomes added up, '' when none is known. */
  readonly upah: string;
}

export interface EntriKolektif {
  readonly kepesertaan: Pick<Kepesertaan, 'status' | 'kategori' | 'program' | 'upah' | 'tanggalEfektif' | 'kegiatanId'> & { readonly id: string };
  readonly anggota: (Pick<Anggota, 'nama' | 'nik' | 'namaIbuKandung' | 'tanggalLahir' | 'jenisKelamin'> & { readonly namaSort?: string }) | undefined;
}

/**
 * The rows of a cooperative's daftar kolektif: its enrollments not yet submitted (draf or formulir dicetak),
 * optionally only those made at one event, by name, numbered, each value written out ('' for a blank), and the
 * totals row. People deleted since are left out.
 */
export function barisDaftarKolektif(entries: readonly EntriKolektif[], kegiatanId = ''): { rows: BarisDaftarKolektif[]; jumlah: JumlahDaftarKolektif } {
  const chosen = entries
    .filter((e): e is EntriKolektif & { anggota: NonNullable<EntriKolektif['anggota']> } => e.anggota !== undefined)
    .filter((e) => statusDaftarKolektif.includes(e.kepesertaan.status) && (!kegiatanId || e.kepesertaan.kegiatanId === kegiatanId))
    .sort(
      (a, b) =>
        compare(a.anggota.namaSort ?? a.anggota.nama.toLowerCase(), b.anggota.namaSort ?? b.anggota.nama.toLowerCase()) ||
        compare(a.kepesertaan.id, b.kepesertaan.id),
    );
  const rows = chosen.map(({ kepesertaan: k, anggota: a }, i) => ({
    nomor: i + 1,
    kepesertaanId: k.id,
    nama: a.nama,
    nik: a.nik,
    namaIbuKandung: a.namaIbuKandung,
    tanggalLahir: a.tanggalLahir ? formatTanggal(a.tanggalLahir, 'id') : '',
    jenisKelamin: a.jenisKelamin,
    kategori: k.kategori,
    program: urutkanProgram(k.program).join(', '),
    upah: k.upah > 0 ? formatRupiah(k.upah) : '',
    tanggalEfektif: k.tanggalEfektif ? formatTanggal(k.tanggalEfektif, 'id') : '',
  }));
  const totalUpah = chosen.reduce((sum, e) => sum + e.kepesertaan.upah, 0);
  return {
    rows,
    jumlah: {
      orang: rows.length,
      pu: rows.filter((r) => r.kategori === 'PU').length,
      bpu: rows.filter((r) => r.kategori === 'BPU').length,
      upah: totalUpah > 0 ? formatRupiah(totalUpah) : '',
    },
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
