import type { BundleContents } from '../../shared/exchange/bundle-contents';
import type { BundleManifest } from '../../shared/exchange/bundle-manifest';
import type { SyncedTable } from '../../shared/records/synced-tables';
import { schemaVersions } from '../db/schema-versions';

/** The database schema version the sample claims: this app's newest, so the sample imports here. */
export const sampleSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;

/** The ids the sample uses, for tests that look records up or point new ones at them. */
export const sampleIds = {
  koperasi: 'kop-sejahtera-01',
  anggota: 'ang-siti-01',
  peran: 'per-siti-ketua-01',
  kepesertaan: 'kps-siti-01',
  kegiatan: 'keg-sosialisasi-01',
  kehadiran: 'hdr-siti-01',
  cetakan: 'ctk-daftar-hadir-01',
  perjanjian: 'pjj-mou-bpjs-01',
  program: 'prg-ksp-bpjs-01',
  target: 'tgt-ksp-2026-01',
  keikutsertaan: 'iku-sejahtera-01',
  aliasFrom: 'ang-siti-lama-01',
} as const;

/** The stamp every sample field carries: a past moment on laptop-a. */
export const sampleStamp = '2026-03-02T01:00:00.000Z-0000-laptop-a';

/** Stamp fields for a record made in one go at `stamp`: each user field and `deleted` share it. */
function meta(id: string, fields: Record<string, unknown>, stamp: string) {
  const fieldClocks = Object.fromEntries([...Object.keys(fields), 'deleted'].map((k) => [k, stamp]));
  return { ...fields, id, createdAt: stamp, deviceId: 'laptop-a', deleted: 0 as const, fieldClocks, fieldBasis: {} };
}

/**
 * A small bundle that passes every check: one record of each synced table (a cooperative, a person who chairs it,
 * her draft enrollment, an event she attended, its printed attendance list, the MoU the event's program serves, the
 * program, its target and the cooperative's participation) and one NIK alias. Values are
 * realistic and already in the schemas' output form, so a round trip gives back exactly this. `isi` holds
 * placeholders: encodeBundle fills it. A fresh object each call, so a test may change it freely.
 */
export function sampleBundleContents(): BundleContents {
  const s = sampleStamp;
  const koperasi = meta(
    sampleIds.koperasi,
    {
      nama: 'Koperasi Simpan Pinjam Sejahtera Bersama',
      bentuk: 'primer',
      jenis: 'simpan_pinjam',
      pola: 'konvensional',
      kelompok: 'Koperasi Wanita',
      golongan: 'masyarakat',
      nomorBadanHukum: '518/12/BH/XIII.8/2015',
      tanggalBadanHukum: '2015-06-12',
      nomorIndukKoperasi: '3204050012345678',
      nomorIndukKoperasiTerbit: '2021-02-01',
      nomorIndukKoperasiBerlaku: '',
      nib: '9120001234567',
      npwp: '',
      alamat: 'Jl. Raya Banjaran No. 12',
      rt: '003',
      rw: '005',
      kecamatanKode: '32.04.05',
      kecamatanNama: 'Banjaran',
      kelurahanKode: '32.04.05.2001',
      kelurahanNama: 'Banjaran Wetan',
      telepon: '022-5940123',
      email: 'ksp.sejahtera@example.id',
      skalaUsaha: 'kecil',
      anggotaLaki: 40,
      anggotaPerempuan: 85,
      karyawanLaki: 2,
      karyawanPerempuan: 3,
      ratTerakhir: '2025-03-15',
      ratTahunBuku: 2024,
      status: 'aktif',
      npp: '',
      statusBpjs: 'proses',
      catatan: '',
    },
    s,
  );
  const anggota = {
    ...meta(
      sampleIds.anggota,
      {
        nik: '3204055708900001',
        nama: 'Siti Aminah',
        tempatLahir: 'Bandung',
        tanggalLahir: '1990-08-17',
        jenisKelamin: 'P',
        namaIbuKandung: 'Euis Kurniasih',
        alamat: 'Kp. Cibodas',
        rt: '001',
        rw: '002',
        kecamatanKode: '32.04.05',
        kecamatanNama: 'Banjaran',
        kelurahanKode: '32.04.05.2001',
        kelurahanNama: 'Banjaran Wetan',
        telepon: '081234567890',
        pekerjaan: 'Pedagang',
        nikPeringatanDiakui: [],
        catatan: '',
      },
      s,
    ),
    // A NIK a file showed her under before a correction (shared/exchange/nik-dikenal.ts).
    nikDikenal: ['3204055708900002'],
  };
  const peran = meta(
    sampleIds.peran,
    {
      anggotaId: sampleIds.anggota,
      koperasiId: sampleIds.koperasi,
      peran: 'pengurus',
      jabatan: 'Ketua',
      mulai: '2023-01-01',
      selesai: '',
      catatan: '',
    },
    s,
  );
  const kepesertaan = meta(
    sampleIds.kepesertaan,
    {
      anggotaId: sampleIds.anggota,
      koperasiId: sampleIds.koperasi,
      kategori: 'BPU',
      program: ['JKK', 'JKM'],
      upah: 2_500_000,
      kelompokRisiko: 1,
      tanggalEfektif: '',
      status: 'draf',
      statusSejak: '2026-03-05',
      kpj: '',
      alasanDitolak: '',
      persetujuanVersi: '',
      persetujuanOleh: '',
      persetujuanWaktu: '',
      catatan: '',
      kegiatanId: sampleIds.kegiatan,
    },
    s,
  );
  const kegiatan = meta(
    sampleIds.kegiatan,
    {
      judul: 'Sosialisasi BPJS Ketenagakerjaan bagi Koperasi Kecamatan Banjaran',
      program: 'Perlindungan pekerja koperasi',
      tanggal: '2026-03-05',
      jamMulai: '09:00',
      jamSelesai: '12:00',
      programId: sampleIds.program,
      tempat: 'Aula Kantor Kecamatan Banjaran',
      alamatTempat: 'Jl. Raya Banjaran No. 1',
      kecamatanKode: '32.04.05',
      kecamatanNama: 'Banjaran',
      penyelenggara: ['Dinas Koperasi dan UKM Kabupaten Bandung'],
      mitra: ['BPJS Ketenagakerjaan Cabang Soreang'],
      narasumber: [{ nama: 'Drs. Asep Hidayat', jabatan: 'Kepala Bidang Kepesertaan' }],
      undangan: [{ koperasiId: sampleIds.koperasi, perwakilan: [sampleIds.anggota], jumlahPerwakilan: 2 }],
      status: 'selesai',
      catatan: '',
    },
    s,
  );
  const kehadiran = meta(
    sampleIds.kehadiran,
    {
      kegiatanId: sampleIds.kegiatan,
      anggotaId: sampleIds.anggota,
      koperasiId: sampleIds.koperasi,
      waktu: '2026-03-05T02:15:00.000Z',
      petugas: 'Rina Marlina',
      walkIn: false,
      inginMendaftar: true,
      kepesertaanId: sampleIds.kepesertaan,
    },
    s,
  );
  const cetakan = meta(
    sampleIds.cetakan,
    {
      jenis: 'daftar_hadir',
      judul: 'Daftar Hadir Sosialisasi BPJS Ketenagakerjaan',
      refId: sampleIds.kegiatan,
      cara: 'pdf',
      berkas: 'daftar-hadir-sosialisasi-banjaran.pdf',
      jumlahHalaman: 2,
      petugas: 'Rina Marlina',
      waktu: '2026-03-04T07:30:00.000Z',
    },
    s,
  );

  const perjanjian = meta(
    sampleIds.perjanjian,
    {
      jenis: 'mou',
      tingkat: 'nasional',
      judul: 'Perluasan Kepesertaan Jaminan Sosial Ketenagakerjaan bagi Koperasi dan UMKM',
      tanggal: '2020-11-12',
      berlakuMulai: '2020-11-12',
      berlakuSampai: '2025-11-12',
      pihak: [
        { nama: 'Kementerian Koperasi dan UKM', nomor: '12/KB/M.KUKM/XI/2020', penandatangan: 'Teten Masduki', jabatan: 'Menteri Koperasi dan UKM' },
        { nama: 'BPJS Ketenagakerjaan', nomor: 'MOU/8/11/2020', penandatangan: 'Agus Susanto', jabatan: 'Direktur Utama' },
      ],
      ruangLingkup: 'Sosialisasi dan pendaftaran kepesertaan',
      catatan: '',
    },
    s,
  );
  const program = meta(
    sampleIds.program,
    {
      nama: 'Kepesertaan BPJS Ketenagakerjaan karyawan KSP',
      perjanjianIds: [sampleIds.perjanjian],
      aturan: 'koperasi_bpjs',
      minimumTerdaftar: 1,
      peranDihitung: ['karyawan'],
      aktif: true,
      catatan: '',
    },
    s,
  );
  const target = meta(
    sampleIds.target,
    {
      programId: sampleIds.program,
      nama: 'KSP 2026',
      mulai: '2026-01-01',
      sampai: '2026-12-31',
      segmen: 'jenis',
      segmenNilai: 'simpan_pinjam',
      koperasiIds: [],
      jumlah: 98,
    },
    s,
  );
  const keikutsertaan = meta(
    sampleIds.keikutsertaan,
    {
      programId: sampleIds.program,
      koperasiId: sampleIds.koperasi,
      tanggalBergabung: '2026-03-05',
      status: 'ikut',
      tanggalKeluar: '',
      catatan: '',
    },
    s,
  );

  const placeholder = { jumlah: 0, sha256: '0'.repeat(64) };
  const manifest: BundleManifest = {
    format: 'koplindung-bundle',
    formatVersion: 1,
    schemaVersion: sampleSchemaVersion,
    appVersion: '0.1.0',
    kantor: { kode: '32.04', nama: 'Dinas Koperasi dan UKM Kabupaten Bandung' },
    deviceId: 'laptop-a',
    petugas: 'Rina Marlina',
    nomorEkspor: 1,
    dibuat: '2026-03-06T08:00:00.000+07:00',
    jenis: 'semua',
    tujuan: 'Kantor Dinas',
    sejak: '',
    sampai: s,
    isi: {
      koperasi: placeholder,
      anggota: placeholder,
      peran: placeholder,
      kepesertaan: placeholder,
      kegiatan: placeholder,
      kehadiran: placeholder,
      cetakan: placeholder,
      perjanjian: placeholder,
      program: placeholder,
      target: placeholder,
      keikutsertaan: placeholder,
      alias: placeholder,
    },
  };
  const tables = {
    koperasi: [koperasi],
    anggota: [anggota],
    peran: [peran],
    kepesertaan: [kepesertaan],
    kegiatan: [kegiatan],
    kehadiran: [kehadiran],
    cetakan: [cetakan],
    perjanjian: [perjanjian],
    program: [program],
    target: [target],
    keikutsertaan: [keikutsertaan],
  };
  return {
    manifest,
    tables: tables as unknown as { [T in SyncedTable]: BundleContents['tables'][T] },
    alias: [{ table: 'anggota', id: sampleIds.aliasFrom, into: sampleIds.anggota }],
  };
}

const givenNames = ['Siti', 'Dede', 'Asep', 'Euis', 'Ujang', 'Nining', 'Cecep', 'Yati', 'Agus', 'Rina', 'Iwan', 'Neng', 'Dadan', 'Lilis', 'Ade'];
const familyNames = ['Aminah', 'Rusmana', 'Hidayat', 'Kurniasih', 'Suherman', 'Rohayati', 'Saputra', 'Marlina', 'Gunawan', 'Nurhayati'];

/**
 * A larger bundle for measuring speed and size: `people` persons, each with a role and an enrollment, spread over
 * one cooperative per 50 people, with random-looking UUIDs, NIKs and change times like a real office's data (so
 * compression is not flattered). Deterministic for a given count.
 */
export function syntheticBundleContents(people: number): BundleContents {
  const base = sampleBundleContents();
  const [koperasi] = base.tables.koperasi;
  const [anggota] = base.tables.anggota;
  const [peran] = base.tables.peran;
  const [kepesertaan] = base.tables.kepesertaan;
  let seed = 0x2545f491;
  const rand = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  const hex = (n: number) => Array.from({ length: n }, () => (rand() % 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const stamp = () => `${new Date(Date.UTC(2025, 0, 1) + (rand() % 400) * 86_400_000 + (rand() % 86_400_000)).toISOString()}-0000-laptop-a`;
  const restamp = <T extends { fieldClocks: Partial<Record<string, string>>; createdAt: string }>(r: T, id: string): T => {
    const s = stamp();
    return { ...r, id, createdAt: s, fieldClocks: Object.fromEntries(Object.keys(r.fieldClocks).map((k) => [k, s])) };
  };
  const koperasiIds = Array.from({ length: Math.max(1, Math.ceil(people / 50)) }, uuid);
  const tables = {
    ...base.tables,
    koperasi: koperasiIds.map((id, i) => ({ ...restamp(koperasi!, id), nama: `Koperasi ${familyNames[i % familyNames.length]} ${i + 1}` })),
    anggota: [] as (typeof anggota)[],
    peran: [] as (typeof peran)[],
    kepesertaan: [] as (typeof kepesertaan)[],
  };
  for (let i = 0; i < people; i++) {
    const anggotaId = uuid();
    const koperasiId = koperasiIds[i % koperasiIds.length]!;
    const nik = `3204${String(rand() % 1_000_000_000_000).padStart(12, '0')}`;
    const nama = `${givenNames[rand() % givenNames.length]} ${familyNames[rand() % familyNames.length]}`;
    tables.anggota.push({ ...restamp(anggota!, anggotaId), nik, nama, telepon: `08${String(rand() % 10_000_000_000).padStart(10, '0')}` });
    tables.peran.push({ ...restamp(peran!, uuid()), anggotaId, koperasiId, peran: 'anggota', jabatan: '' });
    tables.kepesertaan.push({ ...restamp(kepesertaan!, uuid()), anggotaId, koperasiId, upah: 2_000_000 + (rand() % 3_000_000), kegiatanId: '' });
  }
  return { ...base, tables: tables as BundleContents['tables'] };
}
