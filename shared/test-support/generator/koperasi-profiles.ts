import type { BentukKoperasi, GolonganKoperasi, JenisKoperasi, PolaKoperasi } from '../../koperasi/koperasi-options';
import {
  instansiPemerintah,
  kataKoperasi,
  kataPerusahaanAkhir,
  kataPerusahaanAwal,
  kataPerusahaanBidang,
  kataSyariah,
  kataTani,
  namaPesantren,
  usahaJasa,
  usahaProdusen,
} from './indonesian-names';
import type { Prng } from './prng';

/** Where a generated cooperative sits, which its name may borrow from ("KPRI Guru Pamulang"). */
export interface NamingPlace {
  readonly kabupatenNama: string;
  readonly kecamatanNama: string;
  readonly kelurahanNama: string;
  /** A desa (village code 2xxx) rather than a kelurahan (1xxx). */
  readonly desa: boolean;
}

/** Who a cooperative is: chosen together so name, jenis, kelompok, golongan and pola never contradict. */
export interface KoperasiIdentity {
  readonly nama: string;
  readonly bentuk: BentukKoperasi;
  readonly jenis: JenisKoperasi;
  readonly pola: PolaKoperasi;
  readonly kelompok: string;
  readonly golongan: GolonganKoperasi;
}

/** One kind of cooperative a district has, with how common it is and the ranges its numbers fall in. */
export interface KoperasiProfile {
  readonly key: string;
  /** Relative frequency in a kota and in a kabupaten (KUD are rural, Kopma urban). */
  readonly weight: { readonly kota: number; readonly kabupaten: number };
  readonly anggota: readonly [min: number, max: number];
  /** Share of women among members, as a range. */
  readonly perempuan: readonly [min: number, max: number];
  /** The earliest founding year that makes sense (Merah Putih cooperatives exist since 2025). */
  readonly since: number;
  readonly identity: (rng: Prng, place: NamingPlace) => KoperasiIdentity;
}

const shortKab = (nama: string) => nama.replace(/^(Kabupaten|Kota)\s+/, '');
const twoWords = (rng: Prng, words: readonly string[] = kataKoperasi) => {
  const first = rng.pick(words);
  let second = rng.pick(kataKoperasi);
  while (second === first || first.includes(second) || second.includes(first)) second = rng.pick(kataKoperasi);
  return `${first} ${second}`;
};
/** Picks a name pattern by weight and builds only that one, so unused patterns draw no random numbers. */
const oneOf = (rng: Prng, patterns: readonly (readonly [() => string, number])[]) => rng.weighted(patterns)();
const perusahaan = (rng: Prng) => `PT ${rng.pick(kataPerusahaanAwal)} ${rng.pick(kataPerusahaanBidang)} ${rng.pick(kataPerusahaanAkhir)}`;
const ordinalSchool = (rng: Prng, place: NamingPlace) =>
  `${rng.weighted([
    ['SMAN', 3],
    ['SMPN', 4],
    ['SMKN', 3],
    ['MAN', 1],
    ['MTsN', 1],
  ] as const)} ${rng.int(1, 12)} ${shortKab(place.kabupatenNama)}`;
const KATA_WANITA = ['Melati', 'Mawar', 'Kartini', 'Srikandi', 'Anggrek', 'Kenanga', 'Sekar Arum', 'Dahlia', 'Wanita', 'Ibu'] as const;
const masyarakat = { bentuk: 'primer', pola: 'konvensional', kelompok: 'Koperasi Masyarakat', golongan: 'masyarakat' } as const;

export const koperasiProfiles: readonly KoperasiProfile[] = [
  {
    key: 'ksp',
    weight: { kota: 22, kabupaten: 20 },
    anggota: [20, 3000],
    perempuan: [0.45, 0.7],
    since: 1975,
    identity: (rng) => ({ ...masyarakat, jenis: 'simpan_pinjam', nama: `${rng.chance(0.4) ? 'Koperasi Simpan Pinjam' : 'KSP'} ${twoWords(rng)}` }),
  },
  {
    key: 'ksp-syariah',
    weight: { kota: 8, kabupaten: 7 },
    anggota: [20, 3000],
    perempuan: [0.45, 0.7],
    since: 1995,
    identity: (rng) => ({
      ...masyarakat,
      jenis: 'simpan_pinjam',
      pola: 'syariah',
      nama: `${rng.weighted([
        ['KSPPS', 4],
        ['KSP Syariah', 3],
        ['KSPPS BMT', 2],
        ['Koperasi Simpan Pinjam dan Pembiayaan Syariah', 1],
      ] as const)} ${twoWords(rng, kataSyariah)}`,
    }),
  },
  {
    key: 'karyawan',
    weight: { kota: 12, kabupaten: 14 },
    anggota: [20, 1500],
    perempuan: [0.2, 0.7],
    since: 1975,
    identity: (rng) => ({
      bentuk: 'primer',
      pola: rng.chance(0.9) ? 'konvensional' : 'syariah',
      kelompok: 'Koperasi Karyawan',
      golongan: 'karyawan',
      jenis: rng.weighted([
        ['konsumen', 4],
        ['simpan_pinjam', 3],
        ['serba_usaha', 3],
      ] as const),
      nama: oneOf(rng, [
        [() => `Koperasi Karyawan ${perusahaan(rng)}`, 5],
        [() => `Kopkar ${rng.pick(kataKoperasi)} ${perusahaan(rng)}`, 2],
        [() => `Koperasi Karyawan ${rng.pick(['RS', 'Hotel', 'Bank', 'Yayasan'])} ${twoWords(rng)}`, 2],
      ]),
    }),
  },
  {
    key: 'kpri',
    weight: { kota: 8, kabupaten: 8 },
    anggota: [20, 600],
    perempuan: [0.4, 0.65],
    since: 1975,
    identity: (rng, place) => ({
      bentuk: 'primer',
      pola: 'konvensional',
      kelompok: 'KPRI',
      golongan: 'karyawan',
      jenis: rng.weighted([
        ['simpan_pinjam', 5],
        ['serba_usaha', 4],
        ['konsumen', 2],
      ] as const),
      nama: oneOf(rng, [
        [() => `KPRI Guru ${place.kecamatanNama}`, 3],
        [() => `KPRI ${rng.pick(instansiPemerintah)} ${rng.chance(0.5) ? place.kecamatanNama : shortKab(place.kabupatenNama)}`, 3],
        [() => `KPRI ${twoWords(rng)}`, 4],
      ]),
    }),
  },
  {
    key: 'kud',
    weight: { kota: 1, kabupaten: 7 },
    anggota: [50, 2500],
    perempuan: [0.15, 0.35],
    since: 1973,
    identity: (rng) => ({
      bentuk: 'primer',
      pola: 'konvensional',
      kelompok: 'KUD',
      golongan: 'masyarakat',
      jenis: rng.weighted([
        ['serba_usaha', 6],
        ['produsen', 3],
        ['pemasaran', 1],
      ] as const),
      nama: `KUD ${rng.chance(0.6) ? rng.pick(kataTani) : twoWords(rng)}`,
    }),
  },
  {
    key: 'wanita',
    weight: { kota: 6, kabupaten: 6 },
    anggota: [20, 800],
    perempuan: [1, 1],
    since: 1980,
    identity: (rng) => ({
      bentuk: 'primer',
      pola: 'konvensional',
      kelompok: 'Koperasi Wanita',
      golongan: 'masyarakat',
      jenis: rng.weighted([
        ['simpan_pinjam', 6],
        ['serba_usaha', 3],
        ['konsumen', 1],
      ] as const),
      nama: `${rng.chance(0.6) ? 'Koperasi Wanita' : 'Kopwan'} ${rng.pick(KATA_WANITA)} ${rng.pick(kataKoperasi)}`,
    }),
  },
  {
    key: 'kopontren',
    weight: { kota: 4, kabupaten: 5 },
    anggota: [20, 500],
    perempuan: [0.3, 0.5],
    since: 1985,
    identity: (rng) => ({
      bentuk: 'primer',
      pola: rng.chance(0.85) ? 'syariah' : 'konvensional',
      kelompok: 'Kopontren',
      golongan: 'masyarakat',
      jenis: rng.weighted([
        ['serba_usaha', 5],
        ['konsumen', 3],
        ['simpan_pinjam', 2],
      ] as const),
      nama: `${rng.chance(0.6) ? 'Kopontren' : 'Koperasi Pondok Pesantren'} ${rng.pick(namaPesantren)}`,
    }),
  },
  {
    key: 'mahasiswa',
    weight: { kota: 1.5, kabupaten: 0.7 },
    anggota: [50, 2000],
    perempuan: [0.45, 0.6],
    since: 1985,
    identity: (rng) => ({
      bentuk: 'primer',
      pola: 'konvensional',
      kelompok: 'Koperasi Mahasiswa',
      golongan: 'masyarakat',
      jenis: rng.chance(0.6) ? 'konsumen' : 'jasa',
      nama: `${rng.chance(0.7) ? 'Kopma' : 'Koperasi Mahasiswa'} ${rng.pick(['Universitas', 'Politeknik', 'Sekolah Tinggi Ilmu Ekonomi', 'Institut'])} ${twoWords(rng)}`,
    }),
  },
  {
    key: 'sekolah',
    weight: { kota: 3, kabupaten: 3 },
    anggota: [50, 1200],
    perempuan: [0.45, 0.55],
    since: 1980,
    identity: (rng, place) => ({
      bentuk: 'primer',
      pola: 'konvensional',
      kelompok: 'Koperasi Sekolah',
      golongan: 'masyarakat',
      jenis: 'konsumen',
      nama: `${rng.chance(0.7) ? 'Koperasi Sekolah' : 'Koperasi Siswa'} ${ordinalSchool(rng, place)}`,
    }),
  },
  {
    key: 'pasar',
    weight: { kota: 3, kabupaten: 3 },
    anggota: [20, 800],
    perempuan: [0.4, 0.6],
    since: 1975,
    identity: (rng, place) => ({
      bentuk: 'primer',
      pola: 'konvensional',
      kelompok: 'Koperasi Pasar',
      golongan: 'masyarakat',
      jenis: rng.weighted([
        ['serba_usaha', 5],
        ['simpan_pinjam', 4],
        ['jasa', 1],
      ] as const),
      nama: oneOf(rng, [
        [() => `Koppas ${place.kelurahanNama}`, 3],
        [() => `Koperasi Pedagang Pasar ${place.kelurahanNama}`, 3],
        [() => `Koperasi Pasar ${twoWords(rng)}`, 4],
      ]),
    }),
  },
  {
    key: 'merah-putih',
    weight: { kota: 3, kabupaten: 3 },
    anggota: [9, 300],
    perempuan: [0.3, 0.6],
    since: 2025,
    identity: (_rng, place) => ({
      bentuk: 'primer',
      pola: 'konvensional',
      kelompok: 'Koperasi Desa/Kelurahan Merah Putih',
      golongan: 'masyarakat',
      jenis: 'serba_usaha',
      nama: `Koperasi ${place.desa ? 'Desa' : 'Kelurahan'} Merah Putih ${place.kelurahanNama}`,
    }),
  },
  {
    key: 'serba-usaha',
    weight: { kota: 8, kabupaten: 8 },
    anggota: [20, 1500],
    perempuan: [0.35, 0.6],
    since: 1975,
    identity: (rng) => ({ ...masyarakat, jenis: 'serba_usaha', nama: `${rng.chance(0.5) ? 'Koperasi Serba Usaha' : 'KSU'} ${twoWords(rng)}` }),
  },
  {
    key: 'konsumen',
    weight: { kota: 6, kabupaten: 5 },
    anggota: [20, 1000],
    perempuan: [0.4, 0.65],
    since: 1975,
    identity: (rng) => ({ ...masyarakat, jenis: 'konsumen', nama: `Koperasi Konsumen ${twoWords(rng)}` }),
  },
  {
    key: 'produsen',
    weight: { kota: 3, kabupaten: 5 },
    anggota: [20, 600],
    perempuan: [0.2, 0.5],
    since: 1975,
    identity: (rng, place) => ({
      ...masyarakat,
      jenis: 'produsen',
      nama: `Koperasi ${rng.chance(0.4) ? 'Produsen ' : ''}${rng.pick(usahaProdusen)} ${rng.chance(0.5) ? place.kecamatanNama : rng.pick(kataKoperasi)}`,
    }),
  },
  {
    key: 'pemasaran',
    weight: { kota: 2, kabupaten: 2 },
    anggota: [20, 500],
    perempuan: [0.3, 0.6],
    since: 1975,
    identity: (rng) => ({ ...masyarakat, jenis: 'pemasaran', nama: `Koperasi Pemasaran ${twoWords(rng)}` }),
  },
  {
    key: 'jasa',
    weight: { kota: 4, kabupaten: 4 },
    anggota: [20, 600],
    perempuan: [0.1, 0.5],
    since: 1975,
    identity: (rng, place) => ({
      ...masyarakat,
      jenis: 'jasa',
      nama: `Koperasi ${rng.pick(usahaJasa)} ${rng.chance(0.5) ? place.kecamatanNama : rng.pick(kataKoperasi)}`,
    }),
  },
  {
    key: 'sekunder',
    weight: { kota: 0.4, kabupaten: 0.4 },
    anggota: [0, 0],
    perempuan: [0, 0],
    since: 1980,
    identity: (rng, place) => {
      const [kelompok, golongan, nama] = rng.pick([
        ['KPRI', 'karyawan', 'Pusat KPRI'],
        ['Koperasi Karyawan', 'karyawan', 'Pusat Koperasi Karyawan'],
        ['Koperasi Wanita', 'masyarakat', 'Pusat Koperasi Wanita'],
        ['Koperasi Masyarakat', 'masyarakat', 'Pusat Koperasi Syariah'],
        ['Koperasi Pasar', 'masyarakat', 'Gabungan Koperasi Pasar'],
      ] as const);
      return {
        bentuk: 'sekunder',
        pola: nama.endsWith('Syariah') ? 'syariah' : 'konvensional',
        kelompok,
        golongan,
        jenis: 'serba_usaha',
        nama: `${nama} ${place.kabupatenNama}`,
      };
    },
  },
];
