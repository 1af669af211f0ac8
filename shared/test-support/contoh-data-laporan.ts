import type {
  DataLaporan,
  KegiatanLaporan,
  KehadiranLaporan,
  KepalaLaporan,
  KepesertaanLaporan,
  KoperasiLaporan,
  LabelLaporan,
  OrangLaporan,
} from '../laporan-pusat/data-laporan';

/*
 * Small hand-made records for the workbook's tests: two cooperatives (one named like a formula), four people (one
 * without a NIK, one living outside the district), three enrollments, two events and three check-ins, two of them
 * the same person from two laptops.
 */

export const label: LabelLaporan = {
  bentuk: { primer: 'Primer', sekunder: 'Sekunder' },
  jenis: { simpan_pinjam: 'Simpan pinjam', konsumen: 'Konsumen', produsen: 'Produsen', pemasaran: 'Pemasaran', jasa: 'Jasa', serba_usaha: 'Serba usaha' },
  pola: { konvensional: 'Konvensional', syariah: 'Syariah' },
  golongan: { karyawan: 'Karyawan', masyarakat: 'Masyarakat' },
  skalaUsaha: { mikro: 'Mikro', kecil: 'Kecil', menengah: 'Menengah', besar: 'Besar' },
  statusKoperasi: { aktif: 'Aktif', tidak_aktif: 'Tidak aktif' },
  statusBpjs: { belum: 'Belum terdaftar', proses: 'Dalam proses', terdaftar: 'Terdaftar' },
  jenisKelamin: { L: 'Laki-laki', P: 'Perempuan' },
  kategori: { PU: 'PU — Penerima Upah', BPU: 'BPU — Bukan Penerima Upah' },
  statusKepesertaan: {
    draf: 'Draf',
    formulir_dicetak: 'Formulir dicetak',
    diajukan: 'Diajukan',
    terdaftar: 'Terdaftar',
    ditolak: 'Ditolak',
    nonaktif: 'Nonaktif',
  },
  statusKegiatan: { direncanakan: 'Direncanakan', berlangsung: 'Berlangsung', selesai: 'Selesai', dilaporkan: 'Dilaporkan' },
};

export const kepala: KepalaLaporan = {
  namaKantor: 'Dinas Koperasi dan UKM Kota Tangerang Selatan',
  provinsiNama: 'Banten',
  kabupatenKode: '36.74',
  kabupatenNama: 'Kota Tangerang Selatan',
  tanggal: '2026-11-21',
  dibuatOleh: 'Dewi Lestari',
  nomorEkspor: 4,
  nikLengkap: false,
};

export const koperasi = (id: string, o: Partial<KoperasiLaporan> = {}): KoperasiLaporan => ({
  id,
  nama: `Koperasi ${id}`,
  bentuk: 'primer',
  jenis: 'simpan_pinjam',
  pola: 'konvensional',
  kelompok: 'Koperasi Karyawan',
  golongan: 'karyawan',
  nomorBadanHukum: 'AHU-0001248.AH.01.26.TAHUN 2024',
  tanggalBadanHukum: '2024-03-14',
  nomorIndukKoperasi: '3674010000000001',
  nib: '',
  npwp: '',
  alamat: 'Jl. Raya Serpong No. 1',
  kecamatanKode: '36.74.01',
  kecamatanNama: 'Serpong',
  kelurahanNama: 'Cilenggang',
  skalaUsaha: 'kecil',
  anggotaLaki: 20,
  anggotaPerempuan: 22,
  karyawanLaki: 3,
  karyawanPerempuan: 5,
  ratTerakhir: '2026-03-01',
  ratTahunBuku: 2025,
  status: 'aktif',
  npp: '12345678',
  statusBpjs: 'terdaftar',
  ...o,
});

export const orang = (id: string, nik: string, o: Partial<OrangLaporan> = {}): OrangLaporan => ({
  id,
  nik,
  nama: `Orang ${id}`,
  jenisKelamin: 'P',
  tanggalLahir: '1990-03-12',
  kecamatanKode: '36.74.01',
  kecamatanNama: 'Serpong',
  ...o,
});

export const kepesertaan = (id: string, anggotaId: string, koperasiId: string, o: Partial<KepesertaanLaporan> = {}): KepesertaanLaporan => ({
  id,
  anggotaId,
  koperasiId,
  kategori: 'PU',
  program: ['JKM', 'JKK', 'JHT'],
  upah: 4_500_000,
  tanggalEfektif: '2026-12-01',
  status: 'terdaftar',
  statusSejak: '2026-11-20T02:00:00.000Z',
  kpj: '12345678901',
  alasanDitolak: '',
  persetujuanWaktu: '2026-11-10T03:00:00.000Z',
  ...o,
});

export const kegiatan = (id: string, o: Partial<KegiatanLaporan> = {}): KegiatanLaporan => ({
  id,
  judul: `Sosialisasi ${id}`,
  program: 'MoU BPJS Ketenagakerjaan',
  tanggal: '2026-11-14',
  tempat: 'Aula Kecamatan Serpong',
  kecamatanKode: '36.74.01',
  kecamatanNama: 'Serpong',
  status: 'selesai',
  undangan: [{ koperasiId: 'k1', perwakilan: ['a1'], jumlahPerwakilan: 3 }],
  ...o,
});

export const hadir = (id: string, kegiatanId: string, anggotaId: string, o: Partial<KehadiranLaporan> = {}): KehadiranLaporan => ({
  id,
  kegiatanId,
  anggotaId,
  koperasiId: 'k1',
  waktu: '2026-11-14T02:05:00.000Z',
  walkIn: false,
  inginMendaftar: false,
  ...o,
});

export const dataContoh = (): DataLaporan => ({
  koperasi: [
    koperasi('k1', { nama: 'Koperasi Karyawan Maju Bersama' }),
    koperasi('k2', { nama: '=HYPERLINK("http://x","klik")', kecamatanKode: '36.74.03', kecamatanNama: 'Pondok Aren', statusBpjs: 'belum' }),
  ],
  orang: [
    orang('a1', '3674015203900001', { nama: 'Siti Aminah' }),
    orang('a2', '3674011203850002', { nama: 'Budi Santoso', jenisKelamin: 'L', kecamatanKode: '36.74.03', kecamatanNama: 'Pondok Aren' }),
    orang('a3', '', { nama: '+62 812 walk-in', kecamatanKode: '', kecamatanNama: '' }),
    orang('a4', '3603011203850004', { nama: 'Joko', kecamatanKode: '36.03.01', kecamatanNama: 'Balaraja' }),
  ],
  kepesertaan: [
    kepesertaan('e1', 'a1', 'k1'),
    kepesertaan('e2', 'a2', 'k2', {
      status: 'ditolak',
      kpj: '',
      alasanDitolak: '@data tidak cocok',
      kategori: 'BPU',
      program: ['JKK', 'JKM'],
      upah: 2_000_000,
    }),
    kepesertaan('e3', 'a1', 'k2', { status: 'terdaftar' }),
  ],
  kegiatan: [
    kegiatan('g1'),
    kegiatan('g2', { status: 'direncanakan', tanggal: '2026-12-01', kecamatanKode: '36.74.03', kecamatanNama: 'Pondok Aren', undangan: [] }),
  ],
  kehadiran: [
    hadir('h1', 'g1', 'a1', { waktu: '2026-11-14T02:10:00.000Z' }),
    hadir('h2', 'g1', 'a1', { waktu: '2026-11-14T09:05:00+07:00', inginMendaftar: true }),
    hadir('h3', 'g1', 'a3', { koperasiId: '', walkIn: true, waktu: '2026-11-14T03:00:00.000Z' }),
  ],
});
