import { statusTerdaftar } from '../kepesertaan/status-kepesertaan';
import type { KepesertaanLaporan, KoperasiLaporan, LabelLaporan } from './data-laporan';
import { lembarTabel, urutanNama, type KolomDari, type Lembar } from './lembar';
import { selTanggal } from './sel-format';

interface BarisKoperasi {
  readonly k: KoperasiLaporan;
  readonly kepesertaan: number;
  readonly terdaftar: number;
}

/**
 * One row per cooperative: identity, legal numbers, place, size as the cooperative reports it, annual meeting,
 * BPJS employer status, and the enrollments the office recorded through it. Sorted by name; the Nomor Induk
 * Koperasi is what the Peserta sheet names a cooperative by too. `koperasi` and `kepesertaan` are live records.
 */
export function lembarKoperasi(koperasi: readonly KoperasiLaporan[], kepesertaan: readonly KepesertaanLaporan[], label: LabelLaporan): Lembar {
  const per = new Map<string, { kepesertaan: number; terdaftar: number }>();
  for (const e of kepesertaan) {
    const n = per.get(e.koperasiId) ?? { kepesertaan: 0, terdaftar: 0 };
    n.kepesertaan++;
    if (statusTerdaftar.includes(e.status)) n.terdaftar++;
    per.set(e.koperasiId, n);
  }
  const rows: BarisKoperasi[] = [...koperasi]
    .sort((a, b) => urutanNama(a.nama, b.nama))
    .map((k) => ({ k, kepesertaan: per.get(k.id)?.kepesertaan ?? 0, terdaftar: per.get(k.id)?.terdaftar ?? 0 }));

  const kolom: KolomDari<BarisKoperasi>[] = [
    { judul: 'No', lebar: 6, nilai: (_, n) => n },
    { judul: 'Nama Koperasi', lebar: 40, nilai: ({ k }) => k.nama },
    { judul: 'Nomor Induk Koperasi', lebar: 20, nilai: ({ k }) => k.nomorIndukKoperasi },
    { judul: 'Nomor Badan Hukum', lebar: 34, nilai: ({ k }) => k.nomorBadanHukum },
    { judul: 'Tanggal Badan Hukum', lebar: 18, format: 'tanggal', nilai: ({ k }) => selTanggal(k.tanggalBadanHukum) },
    { judul: 'NIB', lebar: 16, nilai: ({ k }) => k.nib },
    { judul: 'NPWP', lebar: 19, nilai: ({ k }) => k.npwp },
    { judul: 'Bentuk', lebar: 10, nilai: ({ k }) => label.bentuk[k.bentuk] },
    { judul: 'Jenis', lebar: 16, nilai: ({ k }) => label.jenis[k.jenis] },
    { judul: 'Pola', lebar: 14, nilai: ({ k }) => label.pola[k.pola] },
    { judul: 'Kelompok', lebar: 22, nilai: ({ k }) => k.kelompok },
    { judul: 'Golongan', lebar: 12, nilai: ({ k }) => label.golongan[k.golongan] },
    { judul: 'Skala Usaha', lebar: 12, nilai: ({ k }) => label.skalaUsaha[k.skalaUsaha] },
    { judul: 'Alamat', lebar: 36, nilai: ({ k }) => k.alamat },
    { judul: 'Kelurahan/Desa', lebar: 20, nilai: ({ k }) => k.kelurahanNama },
    { judul: 'Kecamatan', lebar: 18, nilai: ({ k }) => k.kecamatanNama },
    { judul: 'Kode Kecamatan', lebar: 14, nilai: ({ k }) => k.kecamatanKode },
    { judul: 'Anggota Laki-laki', lebar: 11, format: 'bilangan', nilai: ({ k }) => k.anggotaLaki },
    { judul: 'Anggota Perempuan', lebar: 11, format: 'bilangan', nilai: ({ k }) => k.anggotaPerempuan },
    { judul: 'Jumlah Anggota', lebar: 11, format: 'bilangan', nilai: ({ k }) => k.anggotaLaki + k.anggotaPerempuan },
    { judul: 'Karyawan Laki-laki', lebar: 11, format: 'bilangan', nilai: ({ k }) => k.karyawanLaki },
    { judul: 'Karyawan Perempuan', lebar: 11, format: 'bilangan', nilai: ({ k }) => k.karyawanPerempuan },
    { judul: 'Jumlah Karyawan', lebar: 11, format: 'bilangan', nilai: ({ k }) => k.karyawanLaki + k.karyawanPerempuan },
    { judul: 'RAT Terakhir', lebar: 18, format: 'tanggal', nilai: ({ k }) => selTanggal(k.ratTerakhir) },
    { judul: 'Tahun Buku RAT', lebar: 10, nilai: ({ k }) => k.ratTahunBuku },
    { judul: 'Status Koperasi', lebar: 12, nilai: ({ k }) => label.statusKoperasi[k.status] },
    { judul: 'NPP BPJS Ketenagakerjaan', lebar: 16, nilai: ({ k }) => k.npp },
    { judul: 'Status BPJS Ketenagakerjaan', lebar: 18, nilai: ({ k }) => label.statusBpjs[k.statusBpjs] },
    { judul: 'Kepesertaan Tercatat', lebar: 12, format: 'bilangan', nilai: (r) => r.kepesertaan },
    { judul: 'Peserta Terdaftar', lebar: 12, format: 'bilangan', nilai: (r) => r.terdaftar },
  ];
  return lembarTabel('Koperasi', kolom, rows);
}
