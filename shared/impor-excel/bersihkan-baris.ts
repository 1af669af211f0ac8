import { peranDariJabatan } from '../kegiatan/walk-in-schema';
import { jenisPeran, type JenisPeran } from '../anggota/peran-options';
import type { JenisKoperasi, StatusKoperasi } from '../koperasi/koperasi-options';
import type { KabupatenRegions, Kecamatan } from '../region/region-types';
import { bersihkanJenisKelamin } from './bersihkan-jenis-kelamin';
import { bersihkanNik } from './bersihkan-nik';
import { bersihkanKpj, bersihkanNib, bersihkanNomorIndukKoperasi, bersihkanNpwp } from './bersihkan-nomor';
import { bersihkanJumlah } from './bersihkan-rupiah';
import { bersihkanTanggal } from './bersihkan-tanggal';
import { bersihkanTelepon } from './bersihkan-telepon';
import { cocokkanKecamatan, cocokkanKelurahan } from './cocokkan-wilayah';
import { kolomImpor, type JenisImpor } from './kolom-impor';
import { teksSel, type HasilBersih, type MasalahSel, type SelMentah } from './masalah-sel';

/** One data row after cleaning: the values to write (only the cells that held something) and every finding. */
export interface BarisBersih {
  /** The row's number in the sheet as Excel shows it (1-based). */
  readonly nomor: number;
  /** The sheet's name, when the import takes several sheets at once (so every row says where it came from). */
  readonly lembar?: string;
  readonly nilai: Readonly<Record<string, unknown>>;
  readonly masalah: readonly MasalahSel[];
}

export interface KonteksBersih {
  readonly jenis: JenisImpor;
  /** Per column, the field it fills ('' for a column left out). */
  readonly pemetaan: readonly string[];
  readonly wilayah: KabupatenRegions | undefined;
  readonly hariIni: string;
  /** The sheet's name: the cooperative of every row when the sheet has no cooperative column (one sheet per cooperative). */
  readonly namaLembar: string;
}

const JENIS_KOPERASI: Readonly<Record<string, JenisKoperasi>> = {
  'simpan pinjam': 'simpan_pinjam',
  ksp: 'simpan_pinjam',
  kspps: 'simpan_pinjam',
  usp: 'simpan_pinjam',
  konsumen: 'konsumen',
  konsumsi: 'konsumen',
  produsen: 'produsen',
  produksi: 'produsen',
  pemasaran: 'pemasaran',
  jasa: 'jasa',
  'serba usaha': 'serba_usaha',
  ksu: 'serba_usaha',
};
const STATUS_KOPERASI: Readonly<Record<string, StatusKoperasi>> = {
  aktif: 'aktif',
  'tidak aktif': 'tidak_aktif',
  'non aktif': 'tidak_aktif',
  nonaktif: 'tidak_aktif',
  pasif: 'tidak_aktif',
};

const polos = (sel: SelMentah) =>
  teksSel(sel)
    .toLowerCase()
    .replace(/^koperasi\s+/, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();

/**
 * Cleans one row for its kind. Each mapped cell goes through its cleaner; a blank cell is left out (an import never
 * empties a field the office filled). Required fields missing, and every cleaner's finding, are listed with the
 * column's header so the preview can put the reason beside the cell.
 */
export function bersihkanBaris(sel: readonly SelMentah[], nomor: number, k: KonteksBersih, judul: readonly string[]): BarisBersih {
  const nilai: Record<string, unknown> = {};
  const masalah: MasalahSel[] = [];
  const kolomDari = new Map<string, number>();
  k.pemetaan.forEach((f, i) => f && kolomDari.set(f, i));
  const ambil = (field: string): SelMentah => {
    const i = kolomDari.get(field);
    const v = i === undefined ? null : (sel[i] ?? null);
    return typeof v === 'string' && v.trim() === '' ? null : v;
  };
  const pakai = <T>(field: string, hasil: HasilBersih<T>, simpan: (v: T) => void) => {
    if (hasil.masalah) masalah.push({ ...hasil.masalah, kolom: judul[kolomDari.get(field)!] ?? field });
    if (hasil.nilai !== undefined) simpan(hasil.nilai);
  };
  const teks = (field: string, ke = field) => {
    const v = teksSel(ambil(field));
    if (v) nilai[ke] = v.replace(/\s+/g, ' ');
  };

  for (const kolom of kolomImpor[k.jenis]) {
    if (kolom.wajib && teksSel(ambil(kolom.field)) === '')
      masalah.push({ kolom: judul[kolomDari.get(kolom.field) ?? -1] ?? kolom.field, tingkat: 'galat', kode: 'wajib' });
  }
  const isi = (v: string, field: string) => {
    if (v !== '') nilai[field] = v;
  };
  switch (k.jenis) {
    case 'koperasi': {
      teks('nama');
      pakai('nomorIndukKoperasi', bersihkanNomorIndukKoperasi(ambil('nomorIndukKoperasi')), (v) => isi(v, 'nomorIndukKoperasi'));
      teks('nomorBadanHukum');
      pakai('tanggalBadanHukum', bersihkanTanggal(ambil('tanggalBadanHukum'), k.hariIni), (v) => isi(v, 'tanggalBadanHukum'));
      pakai('nib', bersihkanNib(ambil('nib')), (v) => isi(v, 'nib'));
      pakai('npwp', bersihkanNpwp(ambil('npwp')), (v) => isi(v, 'npwp'));
      pilihan('jenis', JENIS_KOPERASI);
      teks('kelompok');
      teks('email');
      teks('catatan');
      pilihan('status', STATUS_KOPERASI);
      for (const f of ['anggotaLaki', 'anggotaPerempuan', 'karyawanLaki', 'karyawanPerempuan']) {
        if (ambil(f) !== null) pakai(f, bersihkanJumlah(ambil(f)), (v) => (nilai[f] = v));
      }
      break;
    }
    case 'orang': {
      teks('nama');
      pakai('nik', bersihkanNik(ambil('nik')), (v) => isi(v, 'nik'));
      teks('tempatLahir');
      pakai('tanggalLahir', bersihkanTanggal(ambil('tanggalLahir'), k.hariIni), (v) => isi(v, 'tanggalLahir'));
      pakai('jenisKelamin', bersihkanJenisKelamin(ambil('jenisKelamin')), (v) => isi(v, 'jenisKelamin'));
      teks('namaIbuKandung');
      teks('pekerjaan');
      teks('koperasi');
      if (!kolomDari.has('koperasi') && k.namaLembar) nilai.koperasi = k.namaLembar.trim();
      teks('jabatan');
      const peranTeks = polos(ambil('peran'));
      const peran = (jenisPeran as readonly string[]).includes(peranTeks) ? (peranTeks as JenisPeran) : peranDariJabatan(String(nilai.jabatan ?? ''));
      if (peranTeks && !(jenisPeran as readonly string[]).includes(peranTeks))
        masalah.push({
          kolom: judul[kolomDari.get('peran')!] ?? 'peran',
          tingkat: 'peringatan',
          kode: 'peranDariJabatan',
          nilai: teksSel(ambil('peran')),
          hasil: peran,
        });
      if (peran === 'pengurus' && !nilai.jabatan) nilai.jabatan = 'Anggota Pengurus';
      nilai.peran = peran;
      break;
    }
    case 'hasilBpjs': {
      pakai('nik', bersihkanNik(ambil('nik')), (v) => isi(v, 'nik'));
      teks('nama');
      teks('koperasi');
      pakai('kpj', bersihkanKpj(ambil('kpj')), (v) => (nilai.kpj = v));
      pakai('tanggal', bersihkanTanggal(ambil('tanggal'), k.hariIni), (v) => isi(v, 'tanggal'));
      if (!nilai.nik && !(nilai.nama && nilai.koperasi) && !masalah.some((m) => m.kode.startsWith('nik'))) {
        masalah.push({ kolom: judul[kolomDari.get('nik') ?? -1] ?? 'NIK', tingkat: 'galat', kode: 'hasilTanpaNik' });
      }
      break;
    }
  }
  if (k.jenis !== 'hasilBpjs') wilayah();
  if (k.jenis !== 'hasilBpjs' || ambil('telepon') !== null) pakai('telepon', bersihkanTelepon(ambil('telepon')), (v) => isi(v, 'telepon'));
  if (k.jenis !== 'hasilBpjs') teks('alamat');
  return { nomor, nilai, masalah };

  function pilihan(field: string, kamus: Readonly<Record<string, string>>) {
    const v = ambil(field);
    if (v === null) return;
    const kode = kamus[polos(v)];
    if (kode) nilai[field] = kode;
    else masalah.push({ kolom: judul[kolomDari.get(field)!] ?? field, tingkat: 'peringatan', kode: 'pilihanTidakDikenal', nilai: teksSel(v) });
  }

  function wilayah() {
    let kec: Kecamatan | null = null;
    pakai('kecamatan', cocokkanKecamatan(ambil('kecamatan'), k.wilayah), (v) => (kec = v));
    pakai('kelurahan', cocokkanKelurahan(ambil('kelurahan'), k.wilayah, kec), (v) => {
      if (!v) return;
      kec = v.kecamatan ?? kec;
      nilai.kelurahanKode = v.kelurahan!.kode;
      nilai.kelurahanNama = v.kelurahan!.nama;
    });
    const found = kec as Kecamatan | null;
    if (found) {
      nilai.kecamatanKode = found.kode;
      nilai.kecamatanNama = found.nama;
    }
  }
}
