import { kataKoperasi, namaJalan } from './indonesian-names';
import type { Prng } from './prng';

/** Address, RT/RW and contact of one generated cooperative, in the shapes offices actually type. */
export interface KoperasiContact {
  readonly alamat: string;
  readonly rt: string;
  readonly rw: string;
  readonly telepon: string;
  readonly email: string;
}

/** Mobile number prefixes of the Indonesian operators (Telkomsel, Indosat, XL, Axis, Tri, Smartfren). */
const MOBILE_PREFIXES = [
  '0811',
  '0812',
  '0813',
  '0821',
  '0822',
  '0823',
  '0852',
  '0853',
  '0856',
  '0857',
  '0858',
  '0817',
  '0818',
  '0819',
  '0877',
  '0878',
  '0838',
  '0895',
  '0896',
  '0897',
  '0898',
  '0881',
  '0882',
] as const;
const PERUM = ['Asri', 'Indah', 'Permai', 'Residence', 'Regency'] as const;
const BLOK = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
const KAMPUNG = ['Cibeber', 'Pasirjati', 'Sukamulya', 'Cikadu', 'Babakan', 'Karangsari', 'Tegalwaru'] as const;

function alamat(rng: Prng, kelurahanNama: string, desa: boolean): string {
  const no = () => rng.int(1, 250);
  const patterns: (readonly [() => string, number])[] = [
    [() => `Jl. ${rng.pick(namaJalan)} No. ${no()}`, 55],
    [() => `Jl. Raya ${kelurahanNama} No. ${no()}`, 12],
    [() => `Perum ${rng.pick(kataKoperasi)} ${rng.pick(PERUM)} Blok ${rng.pick(BLOK)}${rng.int(1, 20)} No. ${rng.int(1, 40)}`, 15],
    [() => `Gg. ${rng.pick(namaJalan)} No. ${no()}`, 10],
    [() => `Ruko ${rng.pick(kataKoperasi)} Blok ${rng.pick(BLOK)} No. ${rng.int(1, 30)}`, 5],
  ];
  if (desa) patterns.push([() => `Kp. ${rng.pick(KAMPUNG)}`, 15]);
  return rng.weighted(patterns)();
}

/** 0812-3456-7890 or 081234567890: both appear in registers, and search must cope with either. */
function telepon(rng: Prng): string {
  const prefix = rng.pick(MOBILE_PREFIXES);
  const rest = rng.digits(rng.chance(0.7) ? 8 : 7);
  return rng.chance(0.5) ? `${prefix}${rest}` : `${prefix}-${rest.slice(0, 4)}-${rest.slice(4)}`;
}

/** The short forms cooperatives use in their e-mail addresses (and often in speech). */
const ACRONYMS = [
  ['Koperasi Simpan Pinjam dan Pembiayaan Syariah', 'kspps'],
  ['Koperasi Simpan Pinjam', 'ksp'],
  ['Koperasi Serba Usaha', 'ksu'],
  ['Koperasi Karyawan', 'kopkar'],
  ['Koperasi Wanita', 'kopwan'],
  ['Koperasi Kelurahan Merah Putih', 'kkmp'],
  ['Koperasi Desa Merah Putih', 'kdmp'],
  ['Koperasi Sekolah', 'kopsis'],
  ['Koperasi Siswa', 'kopsis'],
  ['Koperasi Mahasiswa', 'kopma'],
  ['Koperasi Pondok Pesantren', 'kopontren'],
  ['Koperasi Konsumen', 'kopkon'],
] as const;

/** An address like ksp.sejahteramandiri@gmail.com, built from the name's letters only so it is always valid. */
function email(rng: Prng, nama: string): string {
  const short = ACRONYMS.find(([long]) => nama.startsWith(long));
  const rest = short ? nama.slice(short[0].length) : nama;
  const words = rest
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .split(' ')
    .filter((w) => w.length > 0 && w !== 'koperasi' && w !== 'pt');
  const head = short?.[1] ?? words.shift() ?? 'kop';
  const local = `${head}${rng.chance(0.6) ? '.' : ''}${words.join('').slice(0, 20) || 'kop'}${rng.chance(0.3) ? rng.int(1, 99) : ''}`;
  return `${local}@${rng.weighted([
    ['gmail.com', 8],
    ['yahoo.co.id', 1],
    ['yahoo.com', 1],
  ] as const)}`;
}

export function koperasiContact(rng: Prng, nama: string, kelurahanNama: string, desa: boolean): KoperasiContact {
  const hasRtRw = rng.chance(0.93);
  return {
    alamat: rng.chance(0.97) ? alamat(rng, kelurahanNama || 'Utama', desa) : '',
    rt: hasRtRw ? String(rng.int(1, 15)).padStart(3, '0') : '',
    rw: hasRtRw ? String(rng.int(1, 12)).padStart(3, '0') : '',
    telepon: rng.chance(0.9) ? telepon(rng) : '',
    email: rng.chance(0.35) ? email(rng, nama) : '',
  };
}

/** The same street-address and mobile-number shapes serve people's records (people-generator.ts). */
export { alamat as alamatJalan, telepon as nomorPonsel };
