import type { JenisKelamin } from '../../anggota/anggota-schema';
import type { JenisPeran } from '../../anggota/peran-options';
import type { Koperasi } from '../../koperasi/koperasi-schema';
import type { Prng } from './prng';

type Choices = readonly (readonly [string, number])[];

/** What members of an ordinary community cooperative do for a living, in the words forms use. */
const MASYARAKAT: Choices = [
  ['Wiraswasta', 20],
  ['Pedagang', 18],
  ['Karyawan Swasta', 15],
  ['Buruh Harian Lepas', 9],
  ['Sopir', 4],
  ['Pengemudi Ojek Online', 4],
  ['Penjahit', 3],
  ['Guru', 4],
  ['Petani', 3],
  ['Tukang Bangunan', 3],
  ['Montir', 2],
];

/** Occupations by the kind of cooperative, from its kelompok (and jenis for producers). */
function byKelompok(k: Pick<Koperasi, 'kelompok' | 'jenis'>): Choices {
  switch (k.kelompok) {
    case 'KPRI':
      return [
        ['Pegawai Negeri Sipil', 55],
        ['Guru', 35],
        ['Tenaga Kesehatan', 6],
        ['Pegawai Pemerintah dengan Perjanjian Kerja', 4],
      ];
    case 'Koperasi Karyawan':
      return [
        ['Karyawan Swasta', 80],
        ['Karyawan BUMN', 10],
        ['Buruh Pabrik', 10],
      ];
    case 'KUD':
      return [
        ['Petani', 55],
        ['Peternak', 15],
        ['Buruh Tani', 15],
        ['Pedagang', 10],
        ['Nelayan', 5],
      ];
    case 'Koperasi Pasar':
      return [
        ['Pedagang', 85],
        ['Wiraswasta', 10],
        ['Buruh Harian Lepas', 5],
      ];
    case 'Kopontren':
      return [
        ['Guru Ngaji', 25],
        ['Pedagang', 25],
        ['Wiraswasta', 25],
        ['Santri', 10],
        ['Karyawan Swasta', 15],
      ];
    case 'Koperasi Mahasiswa':
      return [
        ['Mahasiswa', 90],
        ['Dosen', 5],
        ['Karyawan Swasta', 5],
      ];
    case 'Koperasi Sekolah':
      return [
        ['Guru', 60],
        ['Tenaga Kependidikan', 25],
        ['Pelajar', 15],
      ];
    default:
      return k.jenis === 'produsen'
        ? [
            ['Pengrajin', 30],
            ['Petani', 25],
            ['Peternak', 15],
            ['Wiraswasta', 30],
          ]
        : MASYARAKAT;
  }
}

/**
 * A plausible pekerjaan for a person met through a cooperative: its employees are karyawan koperasi, its members
 * work in the trade the cooperative serves; older people are often pensioners and many women in community
 * cooperatives keep house. Students only when young enough.
 */
export function pekerjaanFor(rng: Prng, koperasi: Pick<Koperasi, 'kelompok' | 'jenis'>, peran: JenisPeran, sex: JenisKelamin, age: number): string {
  if (peran === 'karyawan') return rng.chance(0.9) ? 'Karyawan Koperasi' : 'Karyawan Swasta';
  if (age >= 58 && rng.chance(0.45)) return koperasi.kelompok === 'KPRI' ? 'Pensiunan PNS' : 'Pensiunan';
  const community = !['KPRI', 'Koperasi Karyawan', 'Koperasi Mahasiswa', 'Koperasi Sekolah'].includes(koperasi.kelompok);
  if (sex === 'P' && community && rng.chance(koperasi.kelompok === 'Koperasi Wanita' ? 0.35 : 0.2)) return 'Ibu Rumah Tangga';
  const student = (p: string) => p === 'Mahasiswa' || p === 'Pelajar' || p === 'Santri';
  const choices = byKelompok(koperasi).filter(([p]) => !student(p) || age <= (p === 'Pelajar' ? 19 : 26));
  return rng.weighted(choices.length > 0 ? choices : MASYARAKAT);
}
