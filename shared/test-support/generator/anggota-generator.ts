import type { Anggota, JenisKelamin } from '../../anggota/anggota-schema';
import type { JenisPeran } from '../../anggota/peran-options';
import type { Koperasi } from '../../koperasi/koperasi-schema';
import type { KabupatenRegions, Kecamatan, Kelurahan } from '../../region/region-types';
import { addYears, isoDate, randomDay } from './calendar';
import { namaDepanPerempuan } from './indonesian-names';
import { alamatJalan, nomorPonsel } from './koperasi-contact';
import { NikSerials } from './nik-generator';
import { nikWilayahLama, type NikWilayahLama } from './nik-wilayah-lama';
import { pekerjaanFor } from './pekerjaan';
import { personName } from './person-name';
import type { Prng } from './prng';

/** A generated person and the facts later steps need (roles start after adulthood, enrollments by age). */
export interface GeneratedAnggota {
  readonly values: Anggota;
  /** The birth date coded in the NIK, as a day number (the entered date differs for a few people). */
  readonly birthDay: number;
  readonly age: number;
}

/** Where a person was met: the cooperative and the role they first hold in it. */
export interface AnggotaContext {
  readonly koperasi: Koperasi;
  readonly peran: JenisPeran;
}

/** Where people in West Java and Banten districts were born when not locally: nearby towns and migrants' homes. */
const KOTA_LAHIR: readonly (readonly [string, number])[] = [
  ['Jakarta', 16],
  ['Bogor', 6],
  ['Bekasi', 4],
  ['Depok', 3],
  ['Serang', 4],
  ['Pandeglang', 3],
  ['Lebak', 3],
  ['Bandung', 5],
  ['Sukabumi', 3],
  ['Cianjur', 3],
  ['Garut', 4],
  ['Tasikmalaya', 4],
  ['Ciamis', 3],
  ['Kuningan', 3],
  ['Cirebon', 4],
  ['Indramayu', 3],
  ['Karawang', 2],
  ['Subang', 2],
  ['Brebes', 4],
  ['Tegal', 3],
  ['Pekalongan', 2],
  ['Semarang', 2],
  ['Banyumas', 2],
  ['Kebumen', 3],
  ['Yogyakarta', 2],
  ['Klaten', 2],
  ['Wonogiri', 3],
  ['Surabaya', 1],
  ['Lampung', 3],
  ['Palembang', 2],
  ['Padang', 3],
  ['Medan', 3],
  ['Makassar', 1],
];

type Brackets = readonly (readonly [readonly [number, number], number])[];
const AGES_OFFICER: Brackets = [
  [[28, 39], 15],
  [[40, 54], 45],
  [[55, 70], 40],
];
const AGES_STAFF: Brackets = [
  [[19, 29], 40],
  [[30, 44], 45],
  [[45, 56], 15],
];
const AGES_STUDENT: Brackets = [
  [[18, 24], 92],
  [[25, 45], 8],
];
const AGES_SCHOOL: Brackets = [
  [[18, 19], 15],
  [[22, 59], 85],
];
const AGES_MEMBER: Brackets = [
  [[18, 24], 6],
  [[25, 39], 32],
  [[40, 54], 36],
  [[55, 70], 26],
];

/** Ages by role: officers are older, employees younger, members spread over working life. [[from, to], weight]. */
function ageBrackets(koperasi: Koperasi, peran: JenisPeran): Brackets {
  if (peran === 'pengurus' || peran === 'pengawas') return AGES_OFFICER;
  if (peran === 'karyawan') return AGES_STAFF;
  if (koperasi.kelompok === 'Koperasi Mahasiswa') return AGES_STUDENT;
  if (koperasi.kelompok === 'Koperasi Sekolah') return AGES_SCHOOL;
  return AGES_MEMBER;
}

function womenShare(k: Koperasi, peran: JenisPeran): number {
  if (k.kelompok === 'Koperasi Wanita') return 0.97;
  if (peran === 'pengurus' || peran === 'pengawas') return 0.3;
  const [l, p] = peran === 'karyawan' ? [k.karyawanLaki, k.karyawanPerempuan] : [k.anggotaLaki, k.anggotaPerempuan];
  return l + p > 0 ? p / (l + p) : 0.5;
}

interface Place {
  readonly kecamatan: Kecamatan;
  readonly kelurahan: Kelurahan | null;
}

/**
 * Makes the people of one district: a NIK of the district (or, for a few older residents of a split-off kota, of
 * the kab it came from) whose date and sex are the person's own, a name by sex, a birthplace, a mother's name, an
 * address near the cooperative, a phone for most, and an occupation fitting the cooperative.
 */
export class AnggotaGenerator {
  readonly fromDay: number;
  readonly toDay: number;
  private readonly serials: NikSerials;
  private readonly kecamatan: readonly Kecamatan[];
  private readonly byKode: ReadonlyMap<string, Kecamatan>;
  private readonly lama: NikWilayahLama | undefined;
  private readonly tempatLokal: string;
  private readonly kotaLahir: readonly (readonly [string, number])[];

  constructor(
    kabupaten: KabupatenRegions,
    private readonly now: number,
  ) {
    if (kabupaten.kecamatan.length === 0) throw new RangeError(`${kabupaten.kode} has no kecamatan`);
    this.kecamatan = kabupaten.kecamatan;
    this.byKode = new Map(kabupaten.kecamatan.map((k) => [k.kode, k]));
    this.fromDay = addYears(now, -71) + 1;
    this.toDay = addYears(now, -18);
    this.serials = new NikSerials(this.fromDay, this.toDay);
    this.lama = nikWilayahLama[kabupaten.kode];
    this.tempatLokal = kabupaten.nama.replace(/^(Kota|Kabupaten|Kab\.)\s+/i, '');
    this.kotaLahir = KOTA_LAHIR.filter(([nama]) => nama !== this.tempatLokal);
  }

  generate(rng: Prng, context: AnggotaContext): GeneratedAnggota {
    const { koperasi, peran } = context;
    const sex: JenisKelamin = rng.chance(womenShare(koperasi, peran)) ? 'P' : 'L';
    const [from, to] = rng.weighted(ageBrackets(koperasi, peran));
    const age = rng.int(from, to);
    const birthDay = randomDay(rng, Math.max(this.fromDay, addYears(this.now, -(age + 1)) + 1), Math.min(this.toDay, addYears(this.now, -age)));
    const place = this.placeNear(rng, koperasi);
    const nik = this.serials.next(rng, this.nikKecamatan(rng, place.kecamatan, birthDay), birthDay, sex);
    const entered = rng.chance(0.02) ? this.misentered(rng, birthDay) : birthDay;
    const kelurahan = place.kelurahan;
    const hasRtRw = rng.chance(0.95);
    const values: Anggota = {
      nik,
      nama: personName(rng, sex, { allowHaji: age >= 45, degreeChance: degreeChance(koperasi, peran) }),
      tempatLahir: this.tempatLahir(rng, birthDay),
      tanggalLahir: isoDate(entered),
      jenisKelamin: sex,
      namaIbuKandung: rng.chance(0.97) ? (rng.chance(0.45) ? rng.pick(namaDepanPerempuan) : personName(rng, 'P')) : '',
      alamat: alamatJalan(rng, kelurahan?.nama || place.kecamatan.nama, kelurahan?.kode.split('.')[3]?.startsWith('2') ?? false),
      rt: hasRtRw ? String(rng.int(1, 15)).padStart(3, '0') : '',
      rw: hasRtRw ? String(rng.int(1, 12)).padStart(3, '0') : '',
      kecamatanKode: place.kecamatan.kode,
      kecamatanNama: place.kecamatan.nama,
      kelurahanKode: kelurahan?.kode ?? '',
      kelurahanNama: kelurahan?.nama ?? '',
      telepon: rng.chance(0.88) ? nomorPonsel(rng) : '',
      pekerjaan: pekerjaanFor(rng, koperasi, peran, sex, age),
      nikPeringatanDiakui: entered === birthDay ? [] : ['tanggal-lahir-beda'],
      catatan: '',
    };
    return { values, birthDay, age };
  }

  /** Most people live in the cooperative's kelurahan or kecamatan; some anywhere in the district. */
  private placeNear(rng: Prng, koperasi: Koperasi): Place {
    const own = this.byKode.get(koperasi.kecamatanKode);
    const roll = rng.next();
    const kecamatan = own && roll < 0.85 ? own : rng.pick(this.kecamatan);
    if (kecamatan.kelurahan.length === 0) return { kecamatan, kelurahan: null };
    const ownKelurahan = kecamatan === own && roll < 0.6 ? kecamatan.kelurahan.find((k) => k.kode === koperasi.kelurahanKode) : undefined;
    return { kecamatan, kelurahan: ownKelurahan ?? rng.pick(kecamatan.kelurahan) };
  }

  /**
   * The kecamatan the NIK was first issued in: usually where the person lives, else another of the district (they
   * moved), and for about 3 % of people, all born early enough, a code of the kab the district was split from.
   */
  private nikKecamatan(rng: Prng, home: Kecamatan, birthDay: number): string {
    if (this.lama && birthDay <= this.lama.lahirPalingLambat && rng.chance(0.05)) return rng.pick(this.lama.kecamatan);
    return rng.chance(0.8) ? home.kode : rng.pick(this.kecamatan).kode;
  }

  /** A birth date typed differently from the NIK's: a slip of a few days, a month, or a year (as on old papers). */
  private misentered(rng: Prng, birthDay: number): number {
    const shifted = rng.weighted([
      [() => birthDay + rng.pick([-3, -2, -1, 1, 2, 3]), 4],
      [() => birthDay + rng.pick([-31, -30, 30, 31]), 3],
      [() => addYears(birthDay, rng.pick([-1, 1])), 3],
    ] as const)();
    return Math.min(this.toDay, Math.max(this.fromDay, shifted === birthDay ? birthDay + 1 : shifted));
  }

  private tempatLahir(rng: Prng, birthDay: number): string {
    if (rng.chance(0.5)) {
      return this.lama && birthDay < this.lama.sejak && rng.chance(0.7) ? this.lama.tempatLahirLama : this.tempatLokal;
    }
    return rng.weighted(this.kotaLahir);
  }
}

function degreeChance(koperasi: Koperasi, peran: JenisPeran): number {
  if (koperasi.kelompok === 'KPRI' || koperasi.kelompok === 'Koperasi Sekolah') return peran === 'anggota' ? 0.35 : 0.6;
  return peran === 'pengurus' ? 0.15 : 0.04;
}
