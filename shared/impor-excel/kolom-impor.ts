/**
 * The three kinds of rows an office brings (issue: cooperatives, people with their role, the BPJS branch's list of
 * registered participants), and per kind the fields a column can fill, each with the headers offices use for it.
 * Headers are compared plain (judulPolos), so "No. BH", "NO BH" and "no bh" are one. The templates write headers
 * in the UI's language (renderer/i18n `imporExcel.field`), so each field also knows its English label: a template
 * downloaded in the English UI imports again in either language.
 */
export const jenisImpor = ['koperasi', 'orang', 'hasilBpjs'] as const;
export type JenisImpor = (typeof jenisImpor)[number];

/** The record fields a column can fill; each is labelled in i18n `imporExcel.field.<field>` (the type check refuses one without). */
export type FieldImpor =
  | 'nama'
  | 'nomorIndukKoperasi'
  | 'nomorBadanHukum'
  | 'tanggalBadanHukum'
  | 'nib'
  | 'npwp'
  | 'jenis'
  | 'kelompok'
  | 'alamat'
  | 'kecamatan'
  | 'kelurahan'
  | 'telepon'
  | 'email'
  | 'anggotaLaki'
  | 'anggotaPerempuan'
  | 'karyawanLaki'
  | 'karyawanPerempuan'
  | 'status'
  | 'catatan'
  | 'nik'
  | 'tempatLahir'
  | 'tanggalLahir'
  | 'jenisKelamin'
  | 'namaIbuKandung'
  | 'pekerjaan'
  | 'koperasi'
  | 'peran'
  | 'jabatan'
  | 'kpj'
  | 'tanggal';

export interface KolomImpor {
  readonly field: FieldImpor;
  readonly judul: readonly string[];
  /** The row cannot be imported without it. */
  readonly wajib?: boolean;
}

const kolom = (field: FieldImpor, judul: readonly string[], wajib = false): KolomImpor => ({ field, judul, wajib });

const WILAYAH = [
  kolom('alamat', ['alamat', 'alamat lengkap', 'alamat kantor', 'jalan', 'address']),
  kolom('kecamatan', ['kecamatan', 'kec', 'nama kecamatan']),
  kolom('kelurahan', ['kelurahan', 'desa', 'desa kel', 'desa kelurahan', 'kel desa', 'kelurahan desa', 'kel', 'ds']),
  kolom('telepon', [
    'telepon',
    'telepon hp',
    'telp',
    'no telp',
    'no telepon',
    'nomor telepon',
    'no hp',
    'hp',
    'no hp wa',
    'hp wa',
    'no wa',
    'whatsapp',
    'nomor hp',
    'no handphone',
    'kontak',
    'phone',
    'phone number',
  ]),
];

export const kolomImpor: Readonly<Record<JenisImpor, readonly KolomImpor[]>> = {
  koperasi: [
    kolom('nama', ['nama koperasi', 'koperasi', 'nama', 'nama kop', 'name', 'cooperative name'], true),
    kolom('nomorIndukKoperasi', ['nomor induk koperasi', 'nik koperasi', 'nik kop', 'no induk koperasi', 'nomor induk']),
    kolom('nomorBadanHukum', ['nomor badan hukum', 'no bh', 'no badan hukum', 'badan hukum', 'nomor bh', 'bh', 'no ahu', 'nomor ahu', 'legal entity number']),
    kolom('tanggalBadanHukum', [
      'tanggal pengesahan badan hukum',
      'tanggal badan hukum',
      'tgl pengesahan bh',
      'tanggal pengesahan bh',
      'tgl bh',
      'tanggal bh',
      'tgl badan hukum',
      'legal entity date',
    ]),
    kolom('nib', ['nib', 'nomor induk berusaha']),
    kolom('npwp', ['npwp', 'no npwp']),
    kolom('jenis', ['jenis koperasi', 'jenis', 'cooperative type']),
    kolom('kelompok', ['kelompok', 'kelompok koperasi', 'group']),
    ...WILAYAH,
    kolom('email', ['email', 'e mail', 'surel']),
    kolom('anggotaLaki', ['anggota laki laki', 'anggota l', 'anggota pria', 'jumlah anggota l', 'members men']),
    kolom('anggotaPerempuan', ['anggota perempuan', 'anggota p', 'anggota wanita', 'jumlah anggota p', 'members women']),
    kolom('karyawanLaki', ['karyawan laki laki', 'karyawan l', 'karyawan pria', 'employees men']),
    kolom('karyawanPerempuan', ['karyawan perempuan', 'karyawan p', 'karyawan wanita', 'employees women']),
    kolom('status', ['status', 'status koperasi', 'keaktifan', 'cooperative status']),
    kolom('catatan', ['catatan', 'keterangan', 'ket', 'notes']),
  ],
  orang: [
    kolom('nik', ['nik', 'no ktp', 'nomor ktp', 'ktp', 'no nik', 'nomor induk kependudukan', 'nik ktp']),
    kolom('nama', ['nama lengkap', 'nama', 'nama anggota', 'nama pengurus', 'nama karyawan', 'nama peserta', 'name'], true),
    kolom('tempatLahir', ['tempat lahir', 'tmp lahir', 'tmpt lahir', 'place of birth']),
    kolom('tanggalLahir', ['tanggal lahir', 'tgl lahir', 'tgl lhr', 'tanggal lhr', 'date of birth']),
    kolom('jenisKelamin', ['jenis kelamin', 'jenis kelamin l p', 'l p', 'jk', 'kelamin', 'sex', 'sex l p', 'gender']),
    kolom('namaIbuKandung', ['nama ibu kandung', 'ibu kandung', 'nama ibu', 'mother s name', 'mothers name']),
    ...WILAYAH,
    kolom('pekerjaan', ['pekerjaan', 'occupation']),
    kolom('koperasi', ['nama koperasi', 'koperasi', 'asal koperasi', 'cooperative name', 'cooperative']),
    kolom('peran', ['peran', 'status keanggotaan', 'kedudukan', 'status dalam koperasi', 'role']),
    kolom('jabatan', ['jabatan', 'posisi', 'position']),
  ],
  hasilBpjs: [
    kolom('nik', ['nik', 'no ktp', 'nomor ktp', 'ktp', 'nomor induk kependudukan']),
    kolom('nama', ['nama lengkap', 'nama', 'nama peserta', 'nama tenaga kerja', 'nama tk', 'name']),
    kolom('koperasi', ['nama koperasi', 'koperasi', 'nama perusahaan', 'perusahaan', 'nama badan usaha', 'cooperative name', 'cooperative']),
    kolom('kpj', ['kpj', 'no kpj', 'nomor kpj', 'no peserta', 'nomor peserta', 'no kartu', 'kpj number'], true),
    kolom('tanggal', [
      'tanggal',
      'tgl kepesertaan',
      'tanggal kepesertaan',
      'tgl terdaftar',
      'tanggal terdaftar',
      'tgl efektif',
      'tanggal efektif',
      'tmt',
      'tgl daftar',
      'enrollment date',
    ]),
  ],
};

/** A header as compared: lower case, punctuation and "/" as spaces, one space between words. */
export function judulPolos(judul: string): string {
  return judul
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
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
