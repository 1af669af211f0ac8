import type { Anggota, JenisKelamin } from '../anggota/anggota-schema';
import { formatTanggal } from '../format/format-date';
import { formatRupiah } from '../format/format-rupiah';
import type { KategoriPeserta, ProgramBpjs } from '../kepesertaan/kepesertaan-options';
import type { Kepesertaan } from '../kepesertaan/kepesertaan-schema';
import { pernyataanTerbaru, pernyataanVersi, type PernyataanPersetujuan } from '../kepesertaan/pernyataan-persetujuan';
import { programDiizinkan } from '../kepesertaan/program-rules';
import type { Koperasi } from '../koperasi/koperasi-schema';

/**
 * What a formulir pendaftaran prints, every value already written out, '' wherever the record has nothing: the
 * sheet then shows a dotted line to fill in by hand, never "undefined", "0" or "Rp0". The NIK is printed whole:
 * this form is what goes to BPJS Ketenagakerjaan. What the app does not record (marital status, e-mail, an earlier
 * KPJ, a BPU's work location and payment period) the sheet asks with boxes and lines, as the branch's F1a and BPU
 * forms do (FormulirDokumen).
 */
export interface IsiFormulir {
  readonly nama: string;
  readonly nik: string;
  /** Birthplace and birth date ("16 Maret 1990") apart: each missing half is its own line to write on. */
  readonly tempatLahir: string;
  readonly tanggalLahir: string;
  readonly jenisKelamin: JenisKelamin | '';
  readonly namaIbuKandung: string;
  readonly alamat: string;
  /** "003/005" */
  readonly rtRw: string;
  readonly kelurahan: string;
  readonly kecamatan: string;
  readonly telepon: string;
  readonly pekerjaan: string;
  readonly koperasi: string;
  /** The employer's BPJS registration number, when the cooperative has one. */
  readonly npp: string;
  readonly kategori: KategoriPeserta;
  /**
   * The programs the category may join, in form order, ticked or not: a BPU form has no JP or JKP boxes (docs/domain.md
   * §3), a PU form has all five.
   */
  readonly program: readonly { readonly kode: ProgramBpjs; readonly ikut: boolean }[];
  /** "Rp3.000.000"; '' while the wage was not asked (a draft from an event). */
  readonly upah: string;
  readonly tanggalEfektif: string;
  /** The statement the person agreed to, or the current one when consent is not recorded yet. */
  readonly pernyataan: PernyataanPersetujuan;
  /** Who recorded the consent; '' when it is not recorded yet. */
  readonly petugas: string;
}

type AnggotaFormulir = Pick<
  Anggota,
  | 'nama'
  | 'nik'
  | 'tempatLahir'
  | 'tanggalLahir'
  | 'jenisKelamin'
  | 'namaIbuKandung'
  | 'alamat'
  | 'rt'
  | 'rw'
  | 'kelurahanNama'
  | 'kecamatanNama'
  | 'telepon'
  | 'pekerjaan'
>;
type KepesertaanFormulir = Pick<Kepesertaan, 'kategori' | 'program' | 'upah' | 'tanggalEfektif' | 'persetujuanVersi' | 'persetujuanOleh'>;

/** RT and RW are written with three digits on forms ("003/012"); a missing half keeps its place. */
const rtRw = (v: string) => (v ? v.padStart(3, '0') : '…');

export function isiFormulir(anggota: AnggotaFormulir, kepesertaan: KepesertaanFormulir, koperasi: Pick<Koperasi, 'nama' | 'npp'> | undefined): IsiFormulir {
  const tanggalLahir = anggota.tanggalLahir ? formatTanggal(anggota.tanggalLahir, 'id') : '';
  return {
    nama: anggota.nama,
    nik: anggota.nik,
    tempatLahir: anggota.tempatLahir,
    tanggalLahir,
    jenisKelamin: anggota.jenisKelamin,
    namaIbuKandung: anggota.namaIbuKandung,
    alamat: anggota.alamat,
    rtRw: anggota.rt || anggota.rw ? `${rtRw(anggota.rt)}/${rtRw(anggota.rw)}` : '',
    kelurahan: anggota.kelurahanNama,
    kecamatan: anggota.kecamatanNama,
    telepon: anggota.telepon,
    pekerjaan: anggota.pekerjaan,
    koperasi: koperasi?.nama ?? '',
    npp: koperasi?.npp ?? '',
    kategori: kepesertaan.kategori,
    program: programDiizinkan(kepesertaan.kategori).map((kode) => ({ kode, ikut: kepesertaan.program.includes(kode) })),
    upah: kepesertaan.upah > 0 ? formatRupiah(kepesertaan.upah) : '',
    tanggalEfektif: kepesertaan.tanggalEfektif ? formatTanggal(kepesertaan.tanggalEfektif, 'id') : '',
    pernyataan: (kepesertaan.persetujuanVersi && pernyataanVersi(kepesertaan.persetujuanVersi)) || pernyataanTerbaru,
    petugas: kepesertaan.persetujuanOleh,
  };
}
