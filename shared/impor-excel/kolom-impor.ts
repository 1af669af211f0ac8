/**
 * The three kinds of rows an office brings (issue: cooperatives, people with their role, the BPJS branch's list of
 * registered participants), and per kind the fields a column can fill, each with the headers offices use for it.
 * Headers are compared plain (judulPolos), so "No. BH", "NO BH" and "no bh" are one.
 */
export const jenisImpor = ['koperasi', 'orang', 'hasilBpjs'] as const;
export type JenisImpor = (typeof jenisImpor)[number];

export interface KolomImpor {
  readonly field: string;
  readonly judul: readonly string[];
  /** The row cannot be imported without it. */
  readonly wajib?: boolean;
}

const kolom = (field: string, judul: readonly string[], wajib = false): KolomImpor => ({ field, judul, wajib });

const WILAYAH = [
  kolom('alamat', ['alamat', 'alamat lengkap', 'alamat kantor', 'jalan']),
  kolom('kecamatan', ['kecamatan', 'kec', 'nama kecamatan']),
  kolom('kelurahan', ['kelurahan', 'desa', 'desa kel', 'desa kelurahan', 'kel desa', 'kelurahan desa', 'kel', 'ds']),
  kolom('telepon', ['telepon', 'telepon hp', 'telp', 'no telp', 'no telepon', 'nomor telepon', 'no hp', 'hp', 'no hp wa', 'hp wa', 'no wa', 'whatsapp', 'nomor hp', 'no handphone', 'kontak']),
];

export const kolomImpor: Readonly<Record<JenisImpor, readonly KolomImpor[]>> = {
  koperasi: [
    kolom('nama', ['nama koperasi', 'koperasi', 'nama', 'nama kop'], true),
    kolom('nomorIndukKoperasi', ['nomor induk koperasi', 'nik koperasi', 'nik kop', 'no induk koperasi', 'nomor induk']),
    kolom('nomorBadanHukum', ['nomor badan hukum', 'no bh', 'no badan hukum', 'badan hukum', 'nomor bh', 'bh', 'no ahu', 'nomor ahu']),
    kolom('tanggalBadanHukum', ['tanggal badan hukum', 'tgl bh', 'tanggal bh', 'tgl badan hukum']),
    kolom('nib', ['nib', 'nomor induk berusaha']),
    kolom('npwp', ['npwp', 'no npwp']),
    kolom('jenis', ['jenis koperasi', 'jenis']),
    kolom('kelompok', ['kelompok', 'kelompok koperasi']),
    ...WILAYAH,
    kolom('email', ['email', 'e mail', 'surel']),
    kolom('anggotaLaki', ['anggota laki laki', 'anggota l', 'anggota pria', 'jumlah anggota l']),
    kolom('anggotaPerempuan', ['anggota perempuan', 'anggota p', 'anggota wanita', 'jumlah anggota p']),
    kolom('karyawanLaki', ['karyawan laki laki', 'karyawan l', 'karyawan pria']),
    kolom('karyawanPerempuan', ['karyawan perempuan', 'karyawan p', 'karyawan wanita']),
    kolom('status', ['status', 'status koperasi', 'keaktifan']),
    kolom('catatan', ['catatan', 'keterangan', 'ket']),
  ],
  orang: [
    kolom('nik', ['nik', 'no ktp', 'nomor ktp', 'ktp', 'no nik', 'nomor induk kependudukan', 'nik ktp']),
    kolom('nama', ['nama lengkap', 'nama', 'nama anggota', 'nama pengurus', 'nama karyawan', 'nama peserta'], true),
    kolom('tempatLahir', ['tempat lahir', 'tmp lahir', 'tmpt lahir']),
    kolom('tanggalLahir', ['tanggal lahir', 'tgl lahir', 'tgl lhr', 'tanggal lhr']),
    kolom('jenisKelamin', ['jenis kelamin', 'jenis kelamin l p', 'l p', 'jk', 'kelamin', 'sex', 'gender']),
    kolom('namaIbuKandung', ['nama ibu kandung', 'ibu kandung', 'nama ibu']),
    ...WILAYAH,
    kolom('pekerjaan', ['pekerjaan']),
    kolom('koperasi', ['nama koperasi', 'koperasi', 'asal koperasi']),
    kolom('peran', ['peran', 'status keanggotaan', 'kedudukan', 'status dalam koperasi']),
    kolom('jabatan', ['jabatan', 'posisi']),
  ],
  hasilBpjs: [
    kolom('nik', ['nik', 'no ktp', 'nomor ktp', 'ktp', 'nomor induk kependudukan']),
    kolom('nama', ['nama lengkap', 'nama', 'nama peserta', 'nama tenaga kerja', 'nama tk']),
    kolom('koperasi', ['nama koperasi', 'koperasi', 'nama perusahaan', 'perusahaan', 'nama badan usaha']),
    kolom('kpj', ['kpj', 'no kpj', 'nomor kpj', 'no peserta', 'nomor peserta', 'no kartu'], true),
    kolom('tanggal', ['tanggal', 'tgl kepesertaan', 'tanggal kepesertaan', 'tgl terdaftar', 'tanggal terdaftar', 'tgl efektif', 'tanggal efektif', 'tmt', 'tgl daftar']),
  ],
};

/** A header as compared: lower case, punctuation and "/" as spaces, one space between words. */
export function judulPolos(judul: string): string {
  return judul.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The field a header names for this kind of row, or '' when none: exact plain matches only, never a guess. */
export function fieldUntukJudul(jenis: JenisImpor, judul: string): string {
  const p = judulPolos(judul);
  if (!p) return '';
  return kolomImpor[jenis].find((k) => k.judul.includes(p))?.field ?? '';
}

/**
 * The suggested mapping for a header row: each column to the field its header names, each field used once (the
 * first column wins; "Nama" beside "Nama Koperasi" maps to the person, the cooperative's own header to it).
 */
export function sarankanPemetaan(jenis: JenisImpor, judul: readonly string[]): string[] {
  const pakai = new Set<string>();
  const hasil = judul.map(() => '');
  // Longer (more specific) headers first, so "Nama Koperasi" takes `koperasi` before a bare "Nama" could.
  const urut = judul.map((j, i) => ({ i, p: judulPolos(j) })).sort((a, b) => b.p.length - a.p.length);
  for (const { i } of urut) {
    const field = fieldUntukJudul(jenis, judul[i]!);
    if (field && !pakai.has(field)) {
      pakai.add(field);
      hasil[i] = field;
    }
  }
  return hasil;
}

/**
 * A file layout's fingerprint: the kind and the plain headers in order. The same export from the same office's
 * spreadsheet has the same one, so the mapping the clerk corrected last time is offered again.
 */
export function sidikTataLetak(jenis: JenisImpor, judul: readonly string[]): string {
  return `${jenis}|${judul.map(judulPolos).join('|')}`;
}
