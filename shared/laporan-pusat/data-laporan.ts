import type { Anggota, JenisKelamin } from '../anggota/anggota-schema';
import type { Kegiatan } from '../kegiatan/kegiatan-schema';
import type { StatusKegiatan } from '../kegiatan/kegiatan-options';
import type { Kehadiran } from '../kegiatan/kehadiran-schema';
import type { KategoriPeserta, StatusKepesertaan } from '../kepesertaan/kepesertaan-options';
import type { Kepesertaan } from '../kepesertaan/kepesertaan-schema';
import type {
  BentukKoperasi,
  GolonganKoperasi,
  JenisKoperasi,
  PolaKoperasi,
  SkalaUsaha,
  StatusBpjsKoperasi,
  StatusKoperasi,
} from '../koperasi/koperasi-options';
import type { Koperasi } from '../koperasi/koperasi-schema';
import type { JenisSegmen } from '../program/program-options';

/** Every record carries its id; a stored one also its tombstone flag, and a deleted record never reaches the report. */
interface Rekaman {
  readonly id: string;
  readonly deleted?: 0 | 1;
}

/** Only the fields the workbook writes or counts by: the reader keeps no more of a record than this in memory. */
export type KoperasiLaporan = Rekaman &
  Pick<
    Koperasi,
    | 'nama'
    | 'bentuk'
    | 'jenis'
    | 'pola'
    | 'kelompok'
    | 'golongan'
    | 'nomorBadanHukum'
    | 'tanggalBadanHukum'
    | 'nomorIndukKoperasi'
    | 'nib'
    | 'npwp'
    | 'alamat'
    | 'kecamatanKode'
    | 'kecamatanNama'
    | 'kelurahanNama'
    | 'skalaUsaha'
    | 'anggotaLaki'
    | 'anggotaPerempuan'
    | 'karyawanLaki'
    | 'karyawanPerempuan'
    | 'ratTerakhir'
    | 'ratTahunBuku'
    | 'status'
    | 'npp'
    | 'statusBpjs'
  >;

/**
 * A person: identity and domicile only (no address, phone or mother's name: docs/domain.md §6, export what is
 * needed).
 */
export type OrangLaporan = Rekaman & Pick<Anggota, 'nik' | 'nama' | 'jenisKelamin' | 'tanggalLahir' | 'kecamatanKode' | 'kecamatanNama'>;

export type KepesertaanLaporan = Rekaman &
  Pick<
    Kepesertaan,
    'anggotaId' | 'koperasiId' | 'kategori' | 'program' | 'upah' | 'tanggalEfektif' | 'status' | 'statusSejak' | 'kpj' | 'alasanDitolak' | 'persetujuanWaktu'
  >;

export type KegiatanLaporan = Rekaman & Pick<Kegiatan, 'judul' | 'program' | 'tanggal' | 'tempat' | 'kecamatanKode' | 'kecamatanNama' | 'status' | 'undangan'>;

export type KehadiranLaporan = Rekaman & Pick<Kehadiran, 'kegiatanId' | 'anggotaId' | 'koperasiId' | 'waktu' | 'walkIn' | 'inginMendaftar'>;

/**
 * One program target as counted when the workbook was made (shared/program/hitung-capaian.ts): the same figures as
 * the program's page, the Beranda and the Laporan Capaian Program.
 */
export interface TargetLaporan {
  readonly program: string;
  /** The agreements' numbers, "12/KB/M.KUKM/XI/2020; MOU/8/11/2020". */
  readonly nomorPerjanjian: string;
  readonly nama: string;
  readonly segmen: JenisSegmen;
  readonly segmenNilai: string;
  readonly jumlahDaftar: number;
  readonly mulai: string;
  readonly sampai: string;
  readonly satuan: 'koperasi' | 'orang';
  readonly target: number;
  readonly tercapai: number;
  readonly persen: number;
  readonly belum: number;
}

/** Live people whose domicile is one kecamatan (code and name as written): the Capaian sheet's count of people. */
export interface DomisiliLaporan {
  readonly kecamatanKode: string;
  readonly kecamatanNama: string;
  readonly jumlah: number;
}

/** What the workbook is made from: the office's records as plain values, however they were read. */
export interface DataLaporan {
  readonly koperasi: readonly KoperasiLaporan[];
  /**
   * The people the sheets name: at least everyone an enrollment or a check-in refers to. A reader that counts
   * everyone in `domisili` may leave the others out.
   */
  readonly orang: readonly OrangLaporan[];
  /** Every live person counted by domicile; counted from `orang` when absent. */
  readonly domisili?: readonly DomisiliLaporan[];
  readonly kepesertaan: readonly KepesertaanLaporan[];
  readonly kegiatan: readonly KegiatanLaporan[];
  readonly kehadiran: readonly KehadiranLaporan[];
  /** Program targets with their achievement (schema 6); none in a workbook made from older data. */
  readonly target?: readonly TargetLaporan[];
}

/** Who sends the workbook, when, and how: the Capaian sheet's title block. */
export interface KepalaLaporan {
  readonly namaKantor: string;
  readonly provinsiNama: string;
  /** Kemendagri code of the office's kab/kota ("36.74"): kecamatan outside it are summed as one row. */
  readonly kabupatenKode: string;
  readonly kabupatenNama: string;
  /** The report date (YYYY-MM-DD): every record up to now is in the workbook. */
  readonly tanggal: string;
  readonly dibuatOleh: string;
  readonly nomorEkspor: number;
  /** Full NIKs were written at the officer's explicit choice (otherwise masked). */
  readonly nikLengkap: boolean;
}

/**
 * The words for stored codes. The workbook goes to the central office in Bahasa Indonesia whatever the screen's
 * language, and the words come from the app's own translation (renderer/i18n/id.ts), so the two never differ.
 */
export interface LabelLaporan {
  readonly bentuk: Readonly<Record<BentukKoperasi, string>>;
  readonly jenis: Readonly<Record<JenisKoperasi, string>>;
  readonly pola: Readonly<Record<PolaKoperasi, string>>;
  readonly golongan: Readonly<Record<GolonganKoperasi, string>>;
  readonly skalaUsaha: Readonly<Record<SkalaUsaha, string>>;
  readonly statusKoperasi: Readonly<Record<StatusKoperasi, string>>;
  readonly statusBpjs: Readonly<Record<StatusBpjsKoperasi, string>>;
  readonly jenisKelamin: Readonly<Record<JenisKelamin, string>>;
  readonly kategori: Readonly<Record<KategoriPeserta, string>>;
  readonly statusKepesertaan: Readonly<Record<StatusKepesertaan, string>>;
  readonly statusKegiatan: Readonly<Record<StatusKegiatan, string>>;
}

/** Not deleted. */
export const masihAda = (r: Rekaman): boolean => r.deleted !== 1;
